CREATE TABLE partners (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    type          VARCHAR(8)   NOT NULL CHECK (type IN ('CREATOR', 'MCN', 'BRAND')),
    agency        VARCHAR(63),
    douyin_id     VARCHAR(64),
    contact_email VARCHAR(254),
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL,
    -- the agency is the tenant key of an MCN's tokens: two partners sharing one would share data
    CONSTRAINT partners_agency_unique UNIQUE (agency),
    CONSTRAINT partners_agency_only_for_mcn CHECK ((type = 'MCN') = (agency IS NOT NULL))
);

CREATE INDEX partners_type ON partners (type, created_at);

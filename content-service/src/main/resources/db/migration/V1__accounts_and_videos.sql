CREATE TABLE accounts (
    id              UUID PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    douyin_id       VARCHAR(64)  NOT NULL,
    tier            VARCHAR(8)   NOT NULL CHECK (tier IN ('MAIN', 'SUB')),
    main_account_id UUID REFERENCES accounts (id),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT accounts_douyin_id_unique UNIQUE (douyin_id),
    CONSTRAINT accounts_sub_has_main CHECK ((tier = 'SUB') = (main_account_id IS NOT NULL))
);

CREATE INDEX accounts_main_account_id ON accounts (main_account_id);

CREATE TABLE videos (
    id         UUID PRIMARY KEY,
    account_id UUID          NOT NULL REFERENCES accounts (id),
    title      VARCHAR(100)  NOT NULL,
    script     TEXT          NOT NULL,
    layer      VARCHAR(16)   NOT NULL CHECK (layer IN ('TRAFFIC', 'VALUE', 'CONVERSION')),
    status     VARCHAR(16)   NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL,
    updated_at TIMESTAMPTZ   NOT NULL,
    version    BIGINT        NOT NULL
);

CREATE INDEX videos_account_id ON videos (account_id, created_at);
CREATE INDEX videos_status ON videos (status);

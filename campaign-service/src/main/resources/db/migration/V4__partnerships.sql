CREATE TABLE partnerships (
    id          UUID PRIMARY KEY,
    partner_id  UUID          NOT NULL REFERENCES partners (id),
    -- the tenant that sees this partnership: the partner's agency, or its MCN's, when the contract was made
    agency      VARCHAR(63),
    campaign_id UUID,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    status      VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'LEGAL_REVIEW', 'SIGNED', 'IN_FORCE', 'ARCHIVED')),
    starts_on   DATE,
    ends_on     DATE,
    created_by  VARCHAR(255)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE INDEX partnerships_agency ON partnerships (agency, created_at);
CREATE INDEX partnerships_partner ON partnerships (partner_id, created_at);

-- who moved the contract, from what to what, when
CREATE TABLE partnership_transitions (
    partnership_id UUID          NOT NULL REFERENCES partnerships (id),
    position       INT           NOT NULL,
    from_status    VARCHAR(16),
    to_status      VARCHAR(16)   NOT NULL,
    by_user        VARCHAR(255)  NOT NULL,
    at             TIMESTAMPTZ   NOT NULL,
    note           VARCHAR(1000),
    PRIMARY KEY (partnership_id, position)
);

CREATE TABLE deliverables (
    id             UUID PRIMARY KEY,
    partnership_id UUID           NOT NULL REFERENCES partnerships (id),
    kind           VARCHAR(16)    NOT NULL CHECK (kind IN ('VIDEO', 'LIVE_SESSION')),
    title          VARCHAR(200)   NOT NULL,
    due_at         TIMESTAMPTZ    NOT NULL,
    price          NUMERIC(14, 2) NOT NULL CHECK (price >= 0),
    status         VARCHAR(16)    NOT NULL CHECK (status IN ('PENDING', 'SUBMITTED', 'ACCEPTED', 'REJECTED')),
    link           VARCHAR(2000),
    submitted_at   TIMESTAMPTZ,
    submitted_by   VARCHAR(255),
    plays          BIGINT,
    likes          BIGINT,
    comments       BIGINT,
    shares         BIGINT,
    orders         BIGINT,
    gmv            NUMERIC(14, 2),
    reviewed_by    VARCHAR(255),
    reviewed_at    TIMESTAMPTZ,
    review_note    VARCHAR(1000),
    created_at     TIMESTAMPTZ    NOT NULL,
    updated_at     TIMESTAMPTZ    NOT NULL,
    version        BIGINT         NOT NULL
);

CREATE INDEX deliverables_partnership ON deliverables (partnership_id, due_at);

-- every submission an agency made for a deliverable: the link and the metrics that came back
CREATE TABLE deliverable_submissions (
    id             UUID PRIMARY KEY,
    deliverable_id UUID           NOT NULL REFERENCES deliverables (id),
    link           VARCHAR(2000)  NOT NULL,
    delivered_at   TIMESTAMPTZ    NOT NULL,
    plays          BIGINT,
    likes          BIGINT,
    comments       BIGINT,
    shares         BIGINT,
    orders         BIGINT,
    gmv            NUMERIC(14, 2),
    submitted_by   VARCHAR(255)   NOT NULL,
    submitted_at   TIMESTAMPTZ    NOT NULL
);

CREATE INDEX deliverable_submissions_deliverable ON deliverable_submissions (deliverable_id, submitted_at);

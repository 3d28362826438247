-- The three-level review (self-check, compliance, legal) of a piece of content that a scan sent to REVIEW.
CREATE TABLE reviews (
    id            UUID          PRIMARY KEY,
    content_type  VARCHAR(32)   NOT NULL,
    content_ref   VARCHAR(100)  NOT NULL,
    title         VARCHAR(500),
    content_text  VARCHAR(20000),
    status        VARCHAR(16)   NOT NULL CHECK (status IN ('OPEN', 'APPROVED', 'REJECTED')),
    current_level VARCHAR(16)   CHECK (current_level IN ('SELF_CHECK', 'COMPLIANCE', 'LEGAL')),
    opened_by     VARCHAR(255)  NOT NULL,
    closed_at     TIMESTAMPTZ,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL,
    -- an open review always awaits some level; a closed one awaits none and knows when it closed
    CONSTRAINT reviews_level_while_open CHECK ((status = 'OPEN') = (current_level IS NOT NULL)),
    CONSTRAINT reviews_closed_at_when_closed CHECK ((status = 'OPEN') = (closed_at IS NULL))
);

-- content-service polls the reviews of one piece of content, newest first
CREATE INDEX reviews_content_ref ON reviews (content_ref, created_at DESC);
CREATE INDEX reviews_status_level ON reviews (status, current_level, created_at DESC);

CREATE TABLE review_findings (
    review_id    UUID          NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    seq          INT           NOT NULL,
    term         VARCHAR(200)  NOT NULL,
    category     VARCHAR(32)   NOT NULL,
    severity     VARCHAR(16)   NOT NULL,
    start_offset INT           NOT NULL CHECK (start_offset >= 0),
    end_offset   INT           NOT NULL,
    suggestion   VARCHAR(500),
    PRIMARY KEY (review_id, seq),
    CHECK (end_offset > start_offset)
);

-- the decision trail: appended to, never changed
CREATE TABLE review_decisions (
    review_id  UUID          NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    seq        INT           NOT NULL,
    level      VARCHAR(16)   NOT NULL CHECK (level IN ('SELF_CHECK', 'COMPLIANCE', 'LEGAL')),
    decision   VARCHAR(16)   NOT NULL CHECK (decision IN ('APPROVE', 'REJECT')),
    reason     VARCHAR(2000) NOT NULL,
    decided_by VARCHAR(255)  NOT NULL,
    decided_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (review_id, seq)
);

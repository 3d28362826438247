CREATE TABLE ugc_submissions (
    id         UUID PRIMARY KEY,
    handle     VARCHAR(40)   NOT NULL,
    link       VARCHAR(2000) NOT NULL,
    account_id UUID REFERENCES accounts (id),
    topic_id   UUID REFERENCES topics (id),
    notes      VARCHAR(1000),
    created_at TIMESTAMPTZ   NOT NULL,
    updated_at TIMESTAMPTZ   NOT NULL,
    version    BIGINT        NOT NULL
);
CREATE INDEX ugc_submissions_created ON ugc_submissions (created_at, id);

-- a submission is picked at most once, in one ISO week (e.g. 2026-W48)
CREATE TABLE ugc_picks (
    id            UUID PRIMARY KEY,
    week          VARCHAR(8)   NOT NULL,
    submission_id UUID         NOT NULL REFERENCES ugc_submissions (id),
    picked_by     VARCHAR(100) NOT NULL,
    picked_at     TIMESTAMPTZ  NOT NULL,
    -- the pick's place in its week (1, 2, ...): picks made together share picked_at, and keep the order given
    position      INTEGER      NOT NULL CHECK (position > 0),
    note          VARCHAR(500),
    CONSTRAINT ugc_picks_submission_unique UNIQUE (submission_id),
    CONSTRAINT ugc_picks_week_position_unique UNIQUE (week, position)
);

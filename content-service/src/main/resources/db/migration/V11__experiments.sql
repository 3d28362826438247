-- A/B tests of 2 to 15 creative variants (videos of one account) judged on one metric.
CREATE TABLE experiments (
    id              UUID PRIMARY KEY,
    account_id      UUID         NOT NULL REFERENCES accounts (id),
    name            VARCHAR(100) NOT NULL,
    idea            VARCHAR(500),
    metric          VARCHAR(32)  NOT NULL CHECK (metric IN ('COMPLETION_RATE', 'LIKE_RATE')),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('RUNNING', 'CONCLUDED')),
    winner_video_id UUID REFERENCES videos (id),
    conclusion_note VARCHAR(500),
    concluded_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL
);

CREATE INDEX experiments_account ON experiments (account_id, created_at);

CREATE TABLE experiment_variants (
    experiment_id UUID       NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    position      INT        NOT NULL,
    video_id      UUID       NOT NULL REFERENCES videos (id),
    label         VARCHAR(2) NOT NULL,
    PRIMARY KEY (experiment_id, position),
    CONSTRAINT experiment_variants_distinct_videos UNIQUE (experiment_id, video_id)
);

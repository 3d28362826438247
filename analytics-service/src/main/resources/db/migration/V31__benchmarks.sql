-- Competitor (benchmark) accounts whose public counters the team tracks, and their per-day snapshots.
CREATE TABLE benchmark_accounts (
    id         UUID          PRIMARY KEY,
    name       VARCHAR(120)  NOT NULL,
    douyin_id  VARCHAR(64)   NOT NULL UNIQUE,
    notes      VARCHAR(2000),
    created_at TIMESTAMPTZ   NOT NULL,
    updated_at TIMESTAMPTZ   NOT NULL,
    version    BIGINT        NOT NULL
);

-- Public counters as of the end of a day (reporting zone): one row per account and day, upserted.
CREATE TABLE benchmark_snapshots (
    benchmark_id UUID        NOT NULL REFERENCES benchmark_accounts (id) ON DELETE CASCADE,
    day          DATE        NOT NULL,
    followers    BIGINT      NOT NULL CHECK (followers >= 0),
    total_likes  BIGINT      NOT NULL CHECK (total_likes >= 0),
    videos       BIGINT      NOT NULL CHECK (videos >= 0),
    ingested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (benchmark_id, day)
);

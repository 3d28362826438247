-- Cumulative counters of a video as of captured_at. Video and account ids are the content service's,
-- stored as given: this database never references another service's tables.
CREATE TABLE video_snapshots (
    video_id          VARCHAR(64)   NOT NULL,
    account_id        VARCHAR(64)   NOT NULL,
    captured_at       TIMESTAMPTZ   NOT NULL,
    plays             BIGINT        NOT NULL CHECK (plays >= 0),
    likes             BIGINT        NOT NULL CHECK (likes >= 0),
    comments          BIGINT        NOT NULL CHECK (comments >= 0),
    shares            BIGINT        NOT NULL CHECK (shares >= 0),
    favorites         BIGINT        CHECK (favorites >= 0),
    new_followers     BIGINT        CHECK (new_followers >= 0),
    completion_rate   NUMERIC(5, 4) CHECK (completion_rate BETWEEN 0 AND 1),
    avg_watch_seconds NUMERIC(8, 2) CHECK (avg_watch_seconds >= 0),
    ingested_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (video_id, captured_at)
);

-- KPIs, alerts and this list read an account's snapshots over a window of time
CREATE INDEX video_snapshots_account ON video_snapshots (account_id, captured_at);

-- Per video and day (in the reporting zone, lightning.metrics.zone): the day's last cumulative counters.
-- Written in the same statement as the snapshots, so KPIs, trends and alerts read one row per video and day
-- of one account instead of every snapshot: the KPI query reads the account's rows in the window plus one
-- earlier row per video, whatever the size of the table.
CREATE TABLE video_daily (
    account_id        VARCHAR(64)   NOT NULL,
    video_id          VARCHAR(64)   NOT NULL,
    day               DATE          NOT NULL,
    captured_at       TIMESTAMPTZ   NOT NULL,
    plays             BIGINT        NOT NULL,
    likes             BIGINT        NOT NULL,
    comments          BIGINT        NOT NULL,
    shares            BIGINT        NOT NULL,
    favorites         BIGINT,
    new_followers     BIGINT,
    completion_rate   NUMERIC(5, 4),
    avg_watch_seconds NUMERIC(8, 2),
    PRIMARY KEY (account_id, video_id, day)
);

-- the window scan: one account's rows between two days
CREATE INDEX video_daily_account_day ON video_daily (account_id, day);

-- Days whose alert rules must be (re)evaluated: written with the snapshots, consumed by the alert job once
-- the day is over, so a partial day never looks like a drop.
CREATE TABLE alert_checks (
    account_id VARCHAR(64) NOT NULL,
    day        DATE        NOT NULL,
    queued_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, day)
);

-- Account-level counters of one day: followers as of the day's end, profile visits during the day.
CREATE TABLE account_daily (
    account_id     VARCHAR(64) NOT NULL,
    day            DATE        NOT NULL,
    followers      BIGINT      NOT NULL CHECK (followers >= 0),
    profile_visits BIGINT      CHECK (profile_visits >= 0),
    ingested_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, day)
);

-- Live-stream sessions: one row per session, upserted by its id. GMV is exact money in CNY.
CREATE TABLE live_sessions (
    session_id       VARCHAR(64)    PRIMARY KEY,
    account_id       VARCHAR(64)    NOT NULL,
    started_at       TIMESTAMPTZ    NOT NULL,
    duration_seconds INT            NOT NULL CHECK (duration_seconds >= 0),
    viewers          BIGINT         NOT NULL CHECK (viewers >= 0),
    peak_viewers     BIGINT         NOT NULL CHECK (peak_viewers >= 0),
    gmv              NUMERIC(16, 2) NOT NULL CHECK (gmv >= 0),
    orders           BIGINT         CHECK (orders >= 0),
    new_followers    BIGINT         CHECK (new_followers >= 0),
    ingested_at      TIMESTAMPTZ    NOT NULL DEFAULT now()
);

CREATE INDEX live_sessions_account ON live_sessions (account_id, started_at);

-- The live-stream schedule: sessions (one-off or made by a weekly plan), their hosts, linked coupons and results.
CREATE TABLE live_sessions (
    id                UUID          PRIMARY KEY,
    campaign_id       UUID          REFERENCES campaigns (id),
    plan_id           UUID,
    title             VARCHAR(120)  NOT NULL,
    starts_at         TIMESTAMPTZ   NOT NULL,
    planned_minutes   INT           NOT NULL CHECK (planned_minutes > 0),
    status            VARCHAR(16)   NOT NULL,
    viewers           BIGINT        CHECK (viewers >= 0),
    peak_viewers      BIGINT        CHECK (peak_viewers >= 0),
    gmv               NUMERIC(14,2) CHECK (gmv >= 0),
    orders            BIGINT        CHECK (orders >= 0),
    duration_minutes  INT           CHECK (duration_minutes >= 0),
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL
);

CREATE INDEX live_sessions_starts_at ON live_sessions (starts_at);
CREATE INDEX live_sessions_plan ON live_sessions (plan_id);

CREATE TABLE live_session_hosts (
    session_id  UUID         NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    host        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE live_session_coupons (
    session_id  UUID  NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
    coupon_id   UUID  NOT NULL REFERENCES coupons (id),
    PRIMARY KEY (session_id, coupon_id)
);

-- Per-account alert thresholds; an account without a row uses lightning.alerts.* defaults.
CREATE TABLE alert_settings (
    account_id                 VARCHAR(64)  PRIMARY KEY,
    plays_drop_threshold       NUMERIC(5, 4) NOT NULL CHECK (plays_drop_threshold > 0 AND plays_drop_threshold < 1),
    engagement_drop_threshold  NUMERIC(5, 4) NOT NULL CHECK (engagement_drop_threshold > 0 AND engagement_drop_threshold < 1),
    created_at                 TIMESTAMPTZ  NOT NULL,
    updated_at                 TIMESTAMPTZ  NOT NULL,
    version                    BIGINT       NOT NULL
);

-- An alert is raised at most once per account, type and day, however often the day is re-evaluated.
CREATE TABLE alerts (
    id                UUID          PRIMARY KEY,
    account_id        VARCHAR(64)   NOT NULL,
    type              VARCHAR(32)   NOT NULL,
    severity          VARCHAR(16)   NOT NULL,
    day               DATE          NOT NULL,
    observed          NUMERIC(20, 6) NOT NULL,
    baseline          NUMERIC(20, 6) NOT NULL,
    threshold         NUMERIC(10, 4) NOT NULL,
    message           TEXT          NOT NULL,
    detected_at       TIMESTAMPTZ   NOT NULL,
    acknowledged_at   TIMESTAMPTZ,
    acknowledged_by   VARCHAR(255),
    acknowledge_note  VARCHAR(2000),
    delivery_status   VARCHAR(16)   NOT NULL,
    delivery_attempts INT           NOT NULL DEFAULT 0,
    last_error        VARCHAR(1000),
    delivered_at      TIMESTAMPTZ,
    incident_id       VARCHAR(100),
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (account_id, type, day)
);

CREATE INDEX alerts_account_detected ON alerts (account_id, detected_at DESC);
CREATE INDEX alerts_detected ON alerts (detected_at DESC);

-- The outbox of reports to risk-service: written in the transaction that raises the alert, removed once the
-- report is delivered or given up; next_attempt_at carries the backoff and the lease of a delivery in flight.
CREATE TABLE alert_outbox (
    alert_id        UUID        PRIMARY KEY REFERENCES alerts (id),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX alert_outbox_due ON alert_outbox (next_attempt_at);

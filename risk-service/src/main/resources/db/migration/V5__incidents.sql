-- Incidents on the crisis clock: deadlines stored at opening, overdue computed against now.
CREATE TABLE incidents (
    id              UUID           PRIMARY KEY,
    type            VARCHAR(32)    NOT NULL CHECK (type IN ('CONTENT_VIOLATION', 'ACCOUNT_PENALTY', 'NEGATIVE_COMMENTS',
                                                            'METRIC_ANOMALY', 'ENGAGEMENT_ANOMALY', 'OTHER')),
    tier            VARCHAR(16)    NOT NULL CHECK (tier IN ('GENERAL', 'IMPORTANT', 'MAJOR')),
    status          VARCHAR(16)    NOT NULL CHECK (status IN ('CANDIDATE', 'OPEN', 'ACKNOWLEDGED', 'HANDLED', 'REPAIRED',
                                                              'CLOSED', 'DISMISSED')),
    source          VARCHAR(16)    NOT NULL CHECK (source IN ('MANUAL', 'ALERT', 'COMMENTS')),
    title           VARCHAR(200)   NOT NULL,
    description     VARCHAR(4000),
    account_id      VARCHAR(100),
    video_id        VARCHAR(100),
    alert_id        VARCHAR(100),
    alert_type      VARCHAR(64),
    observed        NUMERIC(20, 4),
    baseline        NUMERIC(20, 4),
    detected_at     TIMESTAMPTZ,
    opened_by       VARCHAR(255)   NOT NULL,
    opened_at       TIMESTAMPTZ    NOT NULL,
    acknowledge_by  TIMESTAMPTZ    NOT NULL,
    handle_by       TIMESTAMPTZ    NOT NULL,
    repair_by       TIMESTAMPTZ    NOT NULL,
    acknowledged_at TIMESTAMPTZ,
    handled_at      TIMESTAMPTZ,
    repaired_at     TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    created_at      TIMESTAMPTZ    NOT NULL,
    updated_at      TIMESTAMPTZ    NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT incidents_closed_at_when_ended CHECK ((status IN ('CLOSED', 'DISMISSED')) = (closed_at IS NOT NULL))
);

-- one incident per analytics alert, however often analytics retries
CREATE UNIQUE INDEX incidents_alert_id ON incidents (alert_id) WHERE alert_id IS NOT NULL;
CREATE INDEX incidents_opened_at ON incidents (opened_at DESC, id);
-- the overdue list looks only at live incidents
CREATE INDEX incidents_live_deadlines ON incidents (acknowledge_by, handle_by, repair_by) WHERE closed_at IS NULL;
CREATE INDEX incidents_account ON incidents (account_id, opened_at DESC);

CREATE TABLE incident_steps (
    incident_id UUID          NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    seq         INT           NOT NULL,
    step        VARCHAR(64)   NOT NULL,
    done_by     VARCHAR(255),
    done_at     TIMESTAMPTZ,
    note        VARCHAR(2000),
    PRIMARY KEY (incident_id, seq),
    UNIQUE (incident_id, step),
    CHECK ((done_by IS NULL) = (done_at IS NULL))
);

CREATE TABLE incident_transitions (
    incident_id UUID          NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    seq         INT           NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16)   NOT NULL,
    changed_by  VARCHAR(255)  NOT NULL,
    changed_at  TIMESTAMPTZ   NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (incident_id, seq)
);

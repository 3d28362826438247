-- An agency's endpoints. The signing secret is kept encrypted (AES-GCM, key from configuration): the service
-- needs it in clear to sign (HMAC is symmetric), so it cannot be hashed, but a copy of the database alone
-- does not reveal it.
CREATE TABLE webhook_subscriptions (
    id               UUID PRIMARY KEY,
    agency           VARCHAR(63)   NOT NULL,
    url              VARCHAR(2000) NOT NULL,
    event_types      VARCHAR(500)  NOT NULL,
    secret_encrypted VARCHAR(200)  NOT NULL,
    description      VARCHAR(500),
    active           BOOLEAN       NOT NULL,
    created_by       VARCHAR(255)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL
);

CREATE INDEX webhook_subscriptions_agency ON webhook_subscriptions (agency, created_at);

-- The outbox: one row per partnership or deliverable event, written in the transaction of the change.
CREATE TABLE webhook_events (
    id          UUID PRIMARY KEY,
    agency      VARCHAR(63)  NOT NULL,
    type        VARCHAR(64)  NOT NULL,
    payload     TEXT         NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL
);

-- One delivery of an event to a subscription; the dispatcher claims due rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE webhook_deliveries (
    id               UUID PRIMARY KEY,
    subscription_id  UUID         NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id         UUID         NOT NULL REFERENCES webhook_events (id),
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    last_attempt_at  TIMESTAMPTZ,
    last_status_code INT,
    last_error       VARCHAR(500),
    delivered_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT webhook_deliveries_once UNIQUE (subscription_id, event_id)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, created_at DESC);

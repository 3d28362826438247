-- Shared by every service (service-defaults); versioned 0.x so the services' own migrations start at 1.
CREATE TABLE idempotency_keys (
    principal   VARCHAR(255) NOT NULL,
    idem_key    VARCHAR(255) NOT NULL,
    operation   VARCHAR(255) NOT NULL,
    fingerprint CHAR(64)     NOT NULL,
    status      INT,
    location    TEXT,
    body        TEXT,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idem_key)
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);

-- A risk may also be ACCEPTED (lived with, on purpose); transitions are checked by the service.
ALTER TABLE risks DROP CONSTRAINT risks_status_check;
ALTER TABLE risks ADD CONSTRAINT risks_status_check CHECK (status IN ('OPEN', 'MITIGATING', 'CLOSED', 'ACCEPTED'));
CREATE INDEX risks_owner ON risks (owner);

-- Every change of a risk: who, when, and each field's value before and after.
CREATE TABLE risk_history (
    id           UUID          PRIMARY KEY,
    risk_id      UUID          NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    risk_version BIGINT        NOT NULL,
    action       VARCHAR(16)   NOT NULL CHECK (action IN ('CREATED', 'UPDATED')),
    changed_by   VARCHAR(255)  NOT NULL,
    changed_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT risk_history_one_entry_per_version UNIQUE (risk_id, risk_version)
);

CREATE TABLE risk_history_changes (
    history_id UUID          NOT NULL REFERENCES risk_history (id) ON DELETE CASCADE,
    seq        INT           NOT NULL,
    field      VARCHAR(32)   NOT NULL,
    old_value  VARCHAR(4000),
    new_value  VARCHAR(4000),
    PRIMARY KEY (history_id, seq)
);

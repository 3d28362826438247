-- Annual budgets: rigid and flexible lines, a contingency reserve held back from the lines, and spend requests
-- that go through an approval chain before they commit money to a line. Money is NUMERIC, never float.
CREATE TABLE budgets (
    id            UUID          PRIMARY KEY,
    year          INT           NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    name          VARCHAR(120)  NOT NULL,
    total         NUMERIC(16,2) NOT NULL CHECK (total > 0),
    reserve_rate  NUMERIC(5,4)  NOT NULL CHECK (reserve_rate >= 0 AND reserve_rate < 1),
    reserve       NUMERIC(16,2) NOT NULL CHECK (reserve >= 0 AND reserve <= total),
    created_by    VARCHAR(255)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE INDEX budgets_year ON budgets (year, created_at);

CREATE TABLE budget_lines (
    id         UUID          PRIMARY KEY,
    budget_id  UUID          NOT NULL REFERENCES budgets (id),
    position   INT           NOT NULL,
    name       VARCHAR(120)  NOT NULL,
    category   VARCHAR(32)   NOT NULL,
    kind       VARCHAR(16)   NOT NULL CHECK (kind IN ('RIGID', 'FLEXIBLE')),
    planned    NUMERIC(16,2) NOT NULL CHECK (planned >= 0),
    -- changed only by the conditional UPDATE of a final approval; the check is the last line of defence
    committed  NUMERIC(16,2) NOT NULL DEFAULT 0,
    CONSTRAINT budget_lines_committed_within_plan CHECK (committed >= 0 AND committed <= planned),
    CONSTRAINT budget_lines_position UNIQUE (budget_id, position)
);

CREATE TABLE budget_line_months (
    line_id  UUID          NOT NULL REFERENCES budget_lines (id),
    month    INT           NOT NULL CHECK (month BETWEEN 1 AND 12),
    planned  NUMERIC(16,2) NOT NULL CHECK (planned >= 0),
    PRIMARY KEY (line_id, month)
);

CREATE TABLE actual_spend (
    id           UUID          PRIMARY KEY,
    line_id      UUID          NOT NULL REFERENCES budget_lines (id),
    month        INT           NOT NULL CHECK (month BETWEEN 1 AND 12),
    amount       NUMERIC(16,2) NOT NULL CHECK (amount > 0),
    note         VARCHAR(500),
    recorded_by  VARCHAR(255)  NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL
);

CREATE INDEX actual_spend_line_month ON actual_spend (line_id, month);

CREATE TABLE spend_requests (
    id               UUID          PRIMARY KEY,
    line_id          UUID          NOT NULL REFERENCES budget_lines (id),
    amount           NUMERIC(16,2) NOT NULL CHECK (amount > 0),
    purpose          VARCHAR(500)  NOT NULL,
    requested_by     VARCHAR(255)  NOT NULL,
    levels_required  INT           NOT NULL CHECK (levels_required BETWEEN 1 AND 3),
    current_level    INT           CHECK (current_level BETWEEN 1 AND 3),
    status           VARCHAR(16)   NOT NULL,
    closed_at        TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT spend_requests_level_while_pending CHECK ((status = 'PENDING') = (current_level IS NOT NULL))
);

CREATE INDEX spend_requests_line ON spend_requests (line_id, created_at);
CREATE INDEX spend_requests_status ON spend_requests (status, created_at);

CREATE TABLE spend_decisions (
    id          UUID          PRIMARY KEY,
    request_id  UUID          NOT NULL REFERENCES spend_requests (id),
    level       INT           NOT NULL,
    decision    VARCHAR(16)   NOT NULL,
    comment     VARCHAR(500),
    decided_by  VARCHAR(255)  NOT NULL,
    decided_at  TIMESTAMPTZ   NOT NULL,
    -- one decision per level: a second one racing for the same level fails here
    CONSTRAINT spend_decisions_one_per_level UNIQUE (request_id, level)
);

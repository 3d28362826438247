-- Creator tasks ordered on Xingtu (星图), Douyin's creator marketplace, with the price model of the order.
CREATE TABLE xingtu_tasks (
    id              UUID PRIMARY KEY,
    partnership_id  UUID           NOT NULL REFERENCES partnerships (id),
    deliverable_id  UUID           REFERENCES deliverables (id),
    xingtu_order_id VARCHAR(64)    NOT NULL,
    price_model     VARCHAR(16)    NOT NULL CHECK (price_model IN ('FIXED_PER_VIDEO', 'CPM', 'CPE', 'CPA')),
    unit_price      NUMERIC(14, 2) NOT NULL CHECK (unit_price >= 0),
    planned_units   BIGINT         NOT NULL CHECK (planned_units > 0),
    budget_cap      NUMERIC(14, 2) CHECK (budget_cap >= 0),
    status          VARCHAR(16)    NOT NULL CHECK (status IN ('ORDERED', 'IN_PROGRESS', 'COMPLETED', 'SETTLED', 'CANCELLED')),
    videos          BIGINT         NOT NULL DEFAULT 0,
    impressions     BIGINT         NOT NULL DEFAULT 0,
    engagements     BIGINT         NOT NULL DEFAULT 0,
    actions         BIGINT         NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ    NOT NULL,
    updated_at      TIMESTAMPTZ    NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT xingtu_tasks_order_unique UNIQUE (xingtu_order_id)
);

CREATE INDEX xingtu_tasks_partnership ON xingtu_tasks (partnership_id, created_at);

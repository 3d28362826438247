-- Events of single users that snapshots cannot carry: follows, orders (exact CNY) and, optionally, likes.
-- Upserted on the client's event id, so a resent event replaces itself instead of counting twice. user_ref is a
-- pseudonymous reference (never a platform user id in clear). day is the calendar day of occurred_at in the
-- reporting zone (lightning.metrics.zone), stored so funnels and cohorts read days through an index.
CREATE TABLE events (
    event_id    VARCHAR(64)    PRIMARY KEY,
    type        VARCHAR(16)    NOT NULL CHECK (type IN ('FOLLOW', 'ORDER', 'LIKE')),
    account_id  VARCHAR(64)    NOT NULL,
    video_id    VARCHAR(64),
    user_ref    VARCHAR(128)   NOT NULL,
    occurred_at TIMESTAMPTZ    NOT NULL,
    day         DATE           NOT NULL,
    amount      NUMERIC(16, 2) CHECK (amount >= 0),
    ingested_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CHECK ((type = 'ORDER') = (amount IS NOT NULL))
);

-- funnels: one account's events of a type in a window of days
CREATE INDEX events_account_type_day ON events (account_id, type, day);
-- cohorts: a user's events on given days
CREATE INDEX events_account_user_day ON events (account_id, user_ref, day);

-- Paid boosts (DOU+) of a campaign's videos: what was spent, how, when, and the GMV they brought.
CREATE TABLE boosts (
    id            UUID          PRIMARY KEY,
    campaign_id   UUID          NOT NULL REFERENCES campaigns (id),
    video_ref     VARCHAR(64)   NOT NULL,
    spend         NUMERIC(14,2) NOT NULL CHECK (spend > 0),
    bid_strategy  VARCHAR(32)   NOT NULL,
    time_slot     VARCHAR(16)   NOT NULL,
    gmv           NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (gmv >= 0),
    started_at    TIMESTAMPTZ,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE INDEX boosts_campaign ON boosts (campaign_id, created_at);

-- Campaigns: objective, window, channels, partners, the budget line they spend from, and an optional override of
-- the partner evaluation weights (all six or none).
CREATE TABLE campaigns (
    id                        UUID          PRIMARY KEY,
    name                      VARCHAR(120)  NOT NULL,
    objective                 VARCHAR(32)   NOT NULL,
    description               VARCHAR(2000),
    starts_at                 TIMESTAMPTZ   NOT NULL,
    ends_at                   TIMESTAMPTZ   NOT NULL,
    budget_line_id            UUID          REFERENCES budget_lines (id),
    status                    VARCHAR(16)   NOT NULL,
    weight_audience_overlap   NUMERIC(7,4),
    weight_engagement_rate    NUMERIC(7,4),
    weight_conversion_ability NUMERIC(7,4),
    weight_content_fit        NUMERIC(7,4),
    weight_cost_efficiency    NUMERIC(7,4),
    weight_reliability        NUMERIC(7,4),
    created_at                TIMESTAMPTZ   NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL,
    version                   BIGINT        NOT NULL,
    CONSTRAINT campaigns_window CHECK (ends_at > starts_at),
    CONSTRAINT campaigns_weights_all_or_none CHECK (
        num_nulls(weight_audience_overlap, weight_engagement_rate, weight_conversion_ability,
                  weight_content_fit, weight_cost_efficiency, weight_reliability) IN (0, 6))
);

CREATE INDEX campaigns_status ON campaigns (status, created_at);

CREATE TABLE campaign_channels (
    campaign_id  UUID         NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    channel      VARCHAR(32)  NOT NULL,
    PRIMARY KEY (campaign_id, channel)
);

CREATE TABLE campaign_partners (
    campaign_id  UUID  NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    partner_id   UUID  NOT NULL REFERENCES partners (id),
    PRIMARY KEY (campaign_id, partner_id)
);

-- The brand's fan club (粉丝团) in three tiers; exactly these three rows exist, edited in place.
CREATE TABLE fan_club_tiers (
    level       INT           PRIMARY KEY CHECK (level BETWEEN 1 AND 3),
    name        VARCHAR(60)   NOT NULL,
    threshold   INT           NOT NULL CHECK (threshold >= 0),
    updated_at  TIMESTAMPTZ   NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE fan_club_tier_benefits (
    level     INT           NOT NULL REFERENCES fan_club_tiers (level) ON DELETE CASCADE,
    position  INT           NOT NULL,
    benefit   VARCHAR(200)  NOT NULL,
    PRIMARY KEY (level, position)
);

INSERT INTO fan_club_tiers (level, name, threshold, updated_at, version) VALUES
    (1, '铁粉', 0, now(), 0),
    (2, '钻粉', 1000, now(), 0),
    (3, '挚爱粉', 5000, now(), 0);

INSERT INTO fan_club_tier_benefits (level, position, benefit) VALUES
    (1, 0, '粉丝团专属徽章'),
    (1, 1, '直播间专属弹幕颜色'),
    (2, 0, '粉丝团专属徽章'),
    (2, 1, '每月一张满100减20券'),
    (2, 2, '新品优先试用报名'),
    (3, 0, '粉丝团专属徽章'),
    (3, 1, '每月一张满100减40券'),
    (3, 2, '品牌线下活动邀请'),
    (3, 3, '专属客服');

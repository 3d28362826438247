-- Coupons and their redemptions. redeemed and effective_limit change only through conditional UPDATEs, so that
-- the limit holds under concurrent redemptions; the check is the last line of defence.
CREATE TABLE coupons (
    id               UUID          PRIMARY KEY,
    code             VARCHAR(40)   NOT NULL,
    type             VARCHAR(16)   NOT NULL,
    title            VARCHAR(120),
    discount         NUMERIC(12,2),
    min_spend        NUMERIC(12,2),
    redemption_limit INT           NOT NULL CHECK (redemption_limit > 0),
    effective_limit  INT           NOT NULL,
    max_limit        INT,
    share_bonus      INT,
    per_user_limit   INT           NOT NULL CHECK (per_user_limit > 0),
    valid_from       TIMESTAMPTZ,
    valid_until      TIMESTAMPTZ,
    redeemed         INT           NOT NULL DEFAULT 0,
    campaign_id      UUID          REFERENCES campaigns (id),
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT coupons_code_unique UNIQUE (code),
    CONSTRAINT coupons_redeemed_within_limit CHECK (redeemed >= 0 AND redeemed <= effective_limit),
    CONSTRAINT coupons_effective_limit CHECK (effective_limit >= redemption_limit
        AND (max_limit IS NULL OR effective_limit <= max_limit)),
    CONSTRAINT coupons_window CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until > valid_from)
);

CREATE INDEX coupons_type ON coupons (type, created_at);

CREATE TABLE coupon_redemptions (
    id           UUID         PRIMARY KEY,
    coupon_id    UUID         NOT NULL REFERENCES coupons (id),
    user_ref     VARCHAR(64)  NOT NULL,
    redeemed_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX coupon_redemptions_coupon_user ON coupon_redemptions (coupon_id, user_ref);
CREATE INDEX coupon_redemptions_user ON coupon_redemptions (user_ref);

-- A FISSION coupon's redeemer shares it once; each share raises the coupon's limit by share_bonus, up to max_limit.
CREATE TABLE coupon_shares (
    id         UUID         PRIMARY KEY,
    coupon_id  UUID         NOT NULL REFERENCES coupons (id),
    user_ref   VARCHAR(64)  NOT NULL,
    shared_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT coupon_shares_once_per_user UNIQUE (coupon_id, user_ref)
);

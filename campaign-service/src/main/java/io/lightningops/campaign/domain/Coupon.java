package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/**
 * A coupon and its redemption limit. {@code redeemed} and {@code effectiveLimit} are counters that only conditional
 * UPDATEs of {@link io.lightningops.campaign.repository.CouponRepository} change, never Hibernate.
 */
@Entity
@Table(name = "coupons")
public class Coupon extends VersionedEntity {

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CouponType type;

    public String title;

    @Column(precision = 12, scale = 2)
    public BigDecimal discount;

    @Column(name = "min_spend", precision = 12, scale = 2)
    public BigDecimal minSpend;

    /** The limit the coupon was created with. */
    @Column(name = "redemption_limit", nullable = false)
    public int limit;

    /** The limit in force: {@link #limit} plus what shares unlocked (FISSION), at most {@link #maxLimit}. */
    @Column(name = "effective_limit", nullable = false, updatable = false)
    public int effectiveLimit;

    @Column(name = "max_limit")
    public Integer maxLimit;

    @Column(name = "share_bonus")
    public Integer shareBonus;

    @Column(name = "per_user_limit", nullable = false)
    public int perUserLimit;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(nullable = false, updatable = false)
    public int redeemed;

    @Column(name = "campaign_id")
    public UUID campaignId;
}

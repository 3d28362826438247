package io.lightningops.campaign.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** One use of a coupon by one user. */
@Entity
@Table(name = "coupon_redemptions")
public class CouponRedemption extends CouponUserAct {

    @Column(name = "redeemed_at", nullable = false)
    public Instant redeemedAt;

    @PrePersist
    void stamp() {
        if (redeemedAt == null) {
            redeemedAt = Instant.now();
        }
    }
}

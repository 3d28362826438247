package io.lightningops.campaign.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** A redeemer's share of a FISSION coupon, which unlocked more redemptions. */
@Entity
@Table(name = "coupon_shares")
public class CouponShare extends CouponUserAct {

    @Column(name = "shared_at", nullable = false)
    public Instant sharedAt;

    @PrePersist
    void stamp() {
        if (sharedAt == null) {
            sharedAt = Instant.now();
        }
    }
}

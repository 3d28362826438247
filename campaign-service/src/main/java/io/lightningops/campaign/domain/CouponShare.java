package io.lightningops.campaign.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** A redeemer's share of a FISSION coupon, which unlocked more redemptions. */
@Entity
@Table(name = "coupon_shares")
public class CouponShare {

    @Id
    public UUID id;

    @Column(name = "coupon_id", nullable = false)
    public UUID couponId;

    @Column(name = "user_ref", nullable = false)
    public String userRef;

    @Column(name = "shared_at", nullable = false)
    public Instant sharedAt;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        if (sharedAt == null) {
            sharedAt = Instant.now();
        }
    }
}

package io.lightningops.campaign.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** One use of a coupon by one user. */
@Entity
@Table(name = "coupon_redemptions")
public class CouponRedemption {

    @Id
    public UUID id;

    @Column(name = "coupon_id", nullable = false)
    public UUID couponId;

    @Column(name = "user_ref", nullable = false)
    public String userRef;

    @Column(name = "redeemed_at", nullable = false)
    public Instant redeemedAt;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        if (redeemedAt == null) {
            redeemedAt = Instant.now();
        }
    }
}

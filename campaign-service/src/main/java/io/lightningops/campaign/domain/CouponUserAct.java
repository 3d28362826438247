package io.lightningops.campaign.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Something one user did with one coupon: a redemption or a share. */
@MappedSuperclass
public abstract class CouponUserAct extends UuidEntity {

    @Column(name = "coupon_id", nullable = false)
    public UUID couponId;

    @Column(name = "user_ref", nullable = false)
    public String userRef;
}

package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.CouponRedemption;

@ApplicationScoped
public class CouponRedemptionRepository implements PanacheRepositoryBase<CouponRedemption, UUID> {

    public long countFor(UUID couponId, String userRef) {
        return count("couponId = ?1 and userRef = ?2", couponId, userRef);
    }

    /** Whether the user has redeemed any coupon of the brand before, i.e. is not a new user. */
    public boolean hasRedeemedAny(String userRef) {
        return count("userRef", userRef) > 0;
    }
}

package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.Coupon;

@ApplicationScoped
public class CouponRepository implements PanacheRepositoryBase<Coupon, UUID> {

    /**
     * Takes one redemption if the coupon has one left, in one conditional UPDATE. The row lock it holds until
     * commit serializes the redemptions of a coupon, so the limit holds under concurrent requests and what the
     * same transaction checks next (the per-user limit) sees every earlier redemption.
     */
    public boolean takeOne(UUID couponId) {
        return getEntityManager().createNativeQuery(
                        "UPDATE coupons SET redeemed = redeemed + 1 WHERE id = :id AND redeemed < effective_limit")
                .setParameter("id", couponId)
                .executeUpdate() == 1;
    }

    /** Raises a FISSION coupon's limit by its share bonus, capped at its max limit. */
    public void unlockShareBonus(UUID couponId) {
        getEntityManager().createNativeQuery(
                        "UPDATE coupons SET effective_limit = LEAST(effective_limit + share_bonus, max_limit) WHERE id = :id")
                .setParameter("id", couponId)
                .executeUpdate();
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}

package io.lightningops.campaign.domain;

/** STANDARD has no special rule; NEW_USER only for users with no earlier redemption; LIMITED_TIME needs a validity window; FISSION grows its limit as redeemers share it. */
public enum CouponType {
    STANDARD,
    NEW_USER,
    LIMITED_TIME,
    FISSION
}

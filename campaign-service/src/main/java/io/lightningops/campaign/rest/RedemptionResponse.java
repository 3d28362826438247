package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.CouponRedemption;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "Redemption", description = "One use of a coupon")
public record RedemptionResponse(String id, String couponId, @Schema(example = "u_8f2c91") String userRef,
        OffsetDateTime redeemedAt) {

    public static RedemptionResponse from(CouponRedemption r) {
        return new RedemptionResponse(Ids.format(r.id), Ids.format(r.couponId), r.userRef, Times.utc(r.redeemedAt));
    }
}

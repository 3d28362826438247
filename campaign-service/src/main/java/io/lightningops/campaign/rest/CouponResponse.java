package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.Coupon;
import io.lightningops.campaign.domain.CouponType;
import io.lightningops.campaign.domain.Money;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "Coupon", description = "A coupon and how much of it is used")
public record CouponResponse(
        String id,
        @Schema(example = "NEWFAN20") String code,
        CouponType type,
        String title,
        @Schema(example = "20.00") String discount,
        @Schema(example = "99.00") String minSpend,
        @Schema(description = "The limit it was created with", example = "500") int limit,
        @Schema(description = "The limit in force: limit plus what shares unlocked (FISSION)", example = "520") int effectiveLimit,
        Integer maxLimit,
        Integer shareBonus,
        @Schema(example = "1") int perUserLimit,
        OffsetDateTime validFrom,
        OffsetDateTime validUntil,
        @Schema(example = "120") int redeemed,
        @Schema(example = "400") int remaining,
        String campaignId,
        OffsetDateTime createdAt,
        @Schema(example = "0") long version) {

    public static CouponResponse from(Coupon c) {
        return new CouponResponse(Ids.format(c.id), c.code, c.type, c.title, Money.format(c.discount),
                Money.format(c.minSpend), c.limit, c.effectiveLimit, c.maxLimit, c.shareBonus, c.perUserLimit,
                Times.utc(c.validFrom), Times.utc(c.validUntil), c.redeemed, c.effectiveLimit - c.redeemed,
                Ids.format(c.campaignId), Times.utc(c.createdAt), c.version);
    }
}

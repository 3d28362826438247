package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.CouponType;

@Schema(name = "CouponRequest", description = "A coupon to create")
public record CouponRequest(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9_-]{3,40}$", message = "must be 3 to 40 letters, digits, '_' and '-'")
        @Schema(description = "Unique code", example = "NEWFAN20") String code,
        @NotNull @Min(1) @Max(10_000_000)
        @Schema(description = "How many redemptions the coupon allows", example = "500") Integer limit,
        @Schema(description = "STANDARD (default), NEW_USER, LIMITED_TIME or FISSION") CouponType type,
        @Size(max = 120) @Schema(example = "新粉专享 满99减20") String title,
        @DecimalMin(value = "0.01", message = "must be more than 0")
        @Digits(integer = 10, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(description = "Face value in CNY", type = SchemaType.STRING, example = "20.00") BigDecimal discount,
        @DecimalMin(value = "0.00", message = "must be 0 or more")
        @Digits(integer = 10, fraction = 2, message = "must be an amount in CNY with at most 2 decimals")
        @Schema(description = "Minimum order in CNY", type = SchemaType.STRING, example = "99.00") BigDecimal minSpend,
        @Min(1) @Max(1000)
        @Schema(description = "Redemptions per userRef; 1 when absent, always 1 for NEW_USER", example = "1") Integer perUserLimit,
        @Schema(description = "Redeemable from (inclusive); required for LIMITED_TIME") OffsetDateTime validFrom,
        @Schema(description = "Redeemable until (exclusive); required for LIMITED_TIME") OffsetDateTime validUntil,
        @Min(1) @Max(1_000_000)
        @Schema(description = "FISSION only, required: redemptions each recorded share adds", example = "2") Integer shareBonus,
        @Min(1) @Max(10_000_000)
        @Schema(description = "FISSION only, required: the cap that shares cannot raise the limit beyond", example = "1000")
        Integer maxLimit,
        @Schema(description = "The campaign the coupon belongs to") String campaignId) {
}

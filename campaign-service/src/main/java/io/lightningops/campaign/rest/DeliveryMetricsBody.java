package io.lightningops.campaign.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.DeliveryMetrics;

@Schema(name = "DeliveryMetrics", description = "What came back for a delivered video or live session; all optional")
public record DeliveryMetricsBody(
        @PositiveOrZero @Schema(example = "152000") Long plays,
        @PositiveOrZero @Schema(example = "8100") Long likes,
        @PositiveOrZero @Schema(example = "430") Long comments,
        @PositiveOrZero @Schema(example = "260") Long shares,
        @PositiveOrZero @Schema(example = "95") Long orders,
        @Money @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(type = SchemaType.STRING, description = "GMV in CNY", example = "8455.00") BigDecimal gmv) {

    static DeliveryMetricsBody from(DeliveryMetrics m) {
        return m == null ? new DeliveryMetricsBody(null, null, null, null, null, null)
                : new DeliveryMetricsBody(m.plays, m.likes, m.comments, m.shares, m.orders, m.gmv);
    }

    public DeliveryMetrics toEntity() {
        DeliveryMetrics m = new DeliveryMetrics();
        m.plays = plays;
        m.likes = likes;
        m.comments = comments;
        m.shares = shares;
        m.orders = orders;
        m.gmv = gmv == null ? null : gmv.setScale(2);
        return m;
    }
}

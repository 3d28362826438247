package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.DeliverableKind;

@Schema(name = "DeliverableRequest", description = "Something the partner owes under the partnership")
public record DeliverableRequest(
        @NotNull @Schema(example = "VIDEO") DeliverableKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "冷萃开箱短视频 60s") String title,
        @NotNull @Schema(example = "2026-12-05T20:00:00+08:00") OffsetDateTime dueAt,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        @Schema(type = SchemaType.STRING, description = "Price in CNY, a decimal with at most 2 places", example = "6000.00")
        BigDecimal price) {
}

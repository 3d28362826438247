package io.lightningops.campaign.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.XingtuTaskStatus;

@Schema(name = "XingtuTaskUpdate", description = "The order's status and its results so far (cumulative)")
public record XingtuTaskUpdate(
        @NotNull @Schema(description = "ORDERED -> IN_PROGRESS -> COMPLETED -> SETTLED; CANCELLED before SETTLED")
        XingtuTaskStatus status,
        @NotNull @PositiveOrZero @Schema(example = "1") Long videos,
        @NotNull @PositiveOrZero @Schema(example = "480000") Long impressions,
        @NotNull @PositiveOrZero @Schema(example = "21000") Long engagements,
        @NotNull @PositiveOrZero @Schema(example = "310") Long actions) {
}

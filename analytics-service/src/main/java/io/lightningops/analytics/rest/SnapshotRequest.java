package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SnapshotRequest", description = "The cumulative counters of one video as of capturedAt")
public record SnapshotRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The content service's id of the video",
                example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f") String videoId,
        @NotBlank @Size(max = 64) @Schema(description = "The content service's id of the account",
                example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @NotNull @Schema(description = "When the counters were read (ISO-8601 with offset); not in the future")
        OffsetDateTime capturedAt,
        @NotNull @PositiveOrZero @Schema(example = "128000") Long plays,
        @NotNull @PositiveOrZero @Schema(example = "9600") Long likes,
        @NotNull @PositiveOrZero @Schema(example = "430") Long comments,
        @NotNull @PositiveOrZero @Schema(example = "1200") Long shares,
        @PositiveOrZero @Schema(example = "2100") Long favorites,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
        @Schema(description = "Share of plays watched to the end, 0 to 1", example = "0.4200") BigDecimal completionRate,
        @DecimalMin("0") @Digits(integer = 6, fraction = 2)
        @Schema(description = "Average watch time in seconds", example = "17.50") BigDecimal avgWatchSeconds,
        @PositiveOrZero @Schema(description = "Followers gained through the video so far", example = "310") Long newFollowers) {
}

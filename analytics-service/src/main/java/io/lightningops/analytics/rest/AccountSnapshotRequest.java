package io.lightningops.analytics.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountSnapshotRequest", description = "An account's counters of one day")
public record AccountSnapshotRequest(
        @NotBlank @Size(max = 64) @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @NotNull @Schema(description = "The calendar day (in the reporting zone); not in the future", example = "2026-11-25")
        LocalDate date,
        @NotNull @PositiveOrZero @Schema(description = "Followers at the end of the day", example = "182300") Long followers,
        @PositiveOrZero @Schema(description = "Profile visits during the day", example = "5400") Long profileVisits) {
}

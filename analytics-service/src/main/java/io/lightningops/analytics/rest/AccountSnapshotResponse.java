package io.lightningops.analytics.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.analytics.domain.AccountDay;

@Schema(name = "AccountSnapshot", description = "An account's counters of one day")
public record AccountSnapshotResponse(
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(example = "2026-11-25") LocalDate date,
        @Schema(description = "Followers at the end of the day", example = "182300") long followers,
        @Schema(description = "Profile visits during the day; null when not reported", example = "5400") Long profileVisits) {

    public static AccountSnapshotResponse from(AccountDay day) {
        return new AccountSnapshotResponse(day.accountId, day.day, day.followers, day.profileVisits);
    }
}

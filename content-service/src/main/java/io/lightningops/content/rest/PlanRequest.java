package io.lightningops.content.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanRequest", description = "A publishing plan to propose (and optionally apply) for one account")
public record PlanRequest(
        @NotBlank @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @NotNull @Schema(description = "The first day (in the calendar's zone)", example = "2026-12-01") LocalDate startDate,
        @NotNull @Min(value = 1, message = "must be at least 1") @Max(value = 366, message = "must be at most 366")
        @Schema(description = "How many days, at most lightning.calendar.max-days (92)", example = "28") Integer days,
        @Pattern(regexp = "^\\d{1,2}\\+\\d{1,2}$", message = "must be R+P, e.g. 3+1")
        @Schema(description = "R regular days then P push days, repeating; lightning.calendar.cadence (3+1) when left out",
                example = "3+1") String cadence,
        @Size(min = 1, max = 6, message = "must name 1 to 6 times")
        @Schema(description = "Publishing times of each day (HH:mm, calendar zone); lightning.calendar.slot-times when left out",
                example = "[\"12:00\", \"19:00\"]") List<@NotNull LocalTime> slotTimes,
        @Schema(description = "Schedule the proposed videos now (all or none); false proposes only", example = "false")
        Boolean apply) {
}

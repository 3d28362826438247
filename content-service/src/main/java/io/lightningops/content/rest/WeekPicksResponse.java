package io.lightningops.content.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UgcWeekPicks", description = "The weekly picks of one ISO week, in the order they were picked")
public record WeekPicksResponse(
        @Schema(example = "2026-W48") String week,
        @Schema(description = "Its Monday", example = "2026-11-23") LocalDate weekStart,
        @Schema(description = "Its Sunday", example = "2026-11-29") LocalDate weekEnd,
        List<PickResponse> picks) {
}

package io.lightningops.content.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleRequest", description = "The calendar slot to publish an APPROVED video in")
public record ScheduleRequest(
        @NotNull @Schema(description = "When to publish (ISO-8601 with offset), in the future", example = "2026-12-01T19:00:00+08:00")
        OffsetDateTime publishAt,
        @Size(max = 500) @Schema(example = "周五晚高峰") String note) {
}

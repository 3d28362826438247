package io.lightningops.content.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.ContentLayer;
import io.lightningops.content.domain.VideoStatus;

@Schema(name = "Calendar", description = "An account's SCHEDULED and PUBLISHED videos by day, and the mix of the period")
public record CalendarResponse(
        String accountId,
        LocalDate from,
        LocalDate to,
        @Schema(example = "Asia/Shanghai") String zone,
        @Schema(description = "Every day of [from, to], with its videos by slot time") List<Day> days,
        MixReport mix) {

    @Schema(name = "CalendarDay")
    public record Day(LocalDate date, List<Entry> videos) {
    }

    @Schema(name = "CalendarEntry")
    public record Entry(String id, String title, ContentLayer layer, VideoStatus status, OffsetDateTime publishAt) {
    }
}

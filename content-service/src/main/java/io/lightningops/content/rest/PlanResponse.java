package io.lightningops.content.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.Cadence;
import io.lightningops.content.domain.ContentLayer;

@Schema(name = "Plan", description = "A proposed (or applied) publishing plan: each day's type and slots, and the mix")
public record PlanResponse(
        String accountId,
        LocalDate startDate,
        @Schema(description = "The last day of the plan") LocalDate endDate,
        int days,
        @Schema(example = "3+1") String cadence,
        @Schema(example = "Asia/Shanghai") String zone,
        List<LocalTime> slotTimes,
        @Schema(description = "True when the proposed videos were scheduled") boolean applied,
        @Schema(example = "21") int regularDays,
        @Schema(example = "7") int pushDays,
        @Schema(description = "Slots given a video by this plan", example = "28") int filled,
        @Schema(description = "Slots left empty: no APPROVED video was left", example = "0") int empty,
        List<DayPlan> plan,
        @Schema(description = "The mix of the period: videos already on the calendar plus the ones proposed") MixReport mix) {

    @Schema(name = "PlanDay", description = "One day of the plan")
    public record DayPlan(@Schema(example = "1") int day, LocalDate date, Cadence.DayType type, List<Slot> slots) {
    }

    /** What a slot holds. */
    public enum SlotState {
        /** A video this plan proposes (not scheduled yet). */
        PROPOSED,
        /** A video this plan scheduled (apply). */
        SCHEDULED,
        /** A video that was on the calendar already. */
        TAKEN,
        /** No APPROVED video was left for it. */
        EMPTY,
        /** The slot time has passed. */
        PAST
    }

    @Schema(name = "PlanSlot", description = "One publishing slot of a day")
    public record Slot(
            LocalTime time,
            OffsetDateTime publishAt,
            SlotState state,
            String videoId,
            String title,
            ContentLayer layer) {
    }
}

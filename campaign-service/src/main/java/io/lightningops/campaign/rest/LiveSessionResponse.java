package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.LiveSession;
import io.lightningops.campaign.domain.LiveSessionStatus;
import io.lightningops.campaign.domain.Money;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "LiveSession", description = "A live session on the schedule, with its results once in")
public record LiveSessionResponse(
        String id,
        String campaignId,
        @Schema(description = "The weekly plan that made it, if one did") String planId,
        @Schema(example = "品牌自播·周二咖啡课") String title,
        OffsetDateTime startsAt,
        @Schema(example = "120") int plannedMinutes,
        LiveSessionStatus status,
        List<String> hosts,
        List<String> couponIds,
        @Schema(description = "Null until results are recorded") Results results,
        OffsetDateTime createdAt,
        @Schema(example = "0") long version) {

    @Schema(name = "LiveSessionResults")
    public record Results(long viewers, long peakViewers, @Schema(example = "86500.00") String gmv, Long orders,
            int durationMinutes) {
    }

    public static LiveSessionResponse from(LiveSession s) {
        Results results = s.viewers == null ? null
                : new Results(s.viewers, s.peakViewers, Money.format(s.gmv), s.orders, s.durationMinutes);
        return new LiveSessionResponse(Ids.format(s.id), Ids.format(s.campaignId), Ids.format(s.planId), s.title,
                Times.utc(s.startsAt), s.plannedMinutes, s.status, List.copyOf(s.hosts),
                s.couponIds.stream().map(Ids::format).sorted().toList(), results, Times.utc(s.createdAt), s.version);
    }
}

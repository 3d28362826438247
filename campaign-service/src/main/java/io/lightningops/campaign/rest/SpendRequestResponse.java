package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.Money;
import io.lightningops.campaign.domain.SpendDecision;
import io.lightningops.campaign.domain.SpendDecisionType;
import io.lightningops.campaign.domain.SpendRequest;
import io.lightningops.campaign.domain.SpendStatus;
import io.lightningops.defaults.http.Ids;

@Schema(name = "SpendRequest", description = "A spend request and its approval chain")
public record SpendRequestResponse(
        String id,
        String lineId,
        @Schema(example = "12000.00") String amount,
        @Schema(example = "双11 达人直播坑位费") String purpose,
        @Schema(example = "operator") String requestedBy,
        @Schema(description = "Approvals needed (1 to 3), from the amount", example = "2") int levelsRequired,
        @Schema(description = "The level whose decision is awaited; null once closed", example = "1") Integer currentLevel,
        @Schema(description = "Roles that may decide at the current level; empty once closed") List<String> awaitingRoles,
        SpendStatus status,
        List<Decision> decisions,
        OffsetDateTime closedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "0") long version) {

    @Schema(name = "SpendDecision", description = "One level's decision")
    public record Decision(
            @Schema(example = "1") int level,
            SpendDecisionType decision,
            String comment,
            @Schema(example = "admin") String decidedBy,
            OffsetDateTime decidedAt) {

        static Decision from(SpendDecision d) {
            return new Decision(d.level, d.decision, d.comment, d.decidedBy, d.decidedAt.atOffset(ZoneOffset.UTC));
        }
    }

    public static SpendRequestResponse from(SpendRequest r, List<String> awaitingRoles) {
        return new SpendRequestResponse(Ids.format(r.id), Ids.format(r.lineId), Money.format(r.amount), r.purpose,
                r.requestedBy, r.levelsRequired, r.currentLevel, awaitingRoles, r.status,
                r.decisions.stream().map(Decision::from).toList(),
                r.closedAt == null ? null : r.closedAt.atOffset(ZoneOffset.UTC),
                r.createdAt.atOffset(ZoneOffset.UTC), r.updatedAt.atOffset(ZoneOffset.UTC), r.version);
    }
}

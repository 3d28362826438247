package io.lightningops.risk.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;
import io.lightningops.risk.domain.Deadline;
import io.lightningops.risk.domain.Incident;
import io.lightningops.risk.domain.IncidentSource;
import io.lightningops.risk.domain.IncidentStatus;
import io.lightningops.risk.domain.IncidentStep;
import io.lightningops.risk.domain.IncidentTransition;
import io.lightningops.risk.domain.IncidentType;
import io.lightningops.risk.domain.RiskTier;

@Schema(name = "Incident", description = "An incident on the crisis clock, with its playbook checklist")
public record IncidentResponse(
        @Schema(example = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") String id,
        IncidentType type,
        RiskTier tier,
        IncidentStatus status,
        @Schema(description = "MANUAL, ALERT (from analytics) or COMMENTS (a negative-comment spike)") IncidentSource source,
        String title,
        String description,
        String accountId,
        String videoId,
        @Schema(description = "The analytics alert that raised it; null otherwise") AlertView alert,
        @Schema(description = "Who opened or raised it (token username)") String openedBy,
        OffsetDateTime openedAt,
        @Schema(description = "Acknowledge by then (\"respond at once\": by tier)") OffsetDateTime acknowledgeBy,
        @Schema(description = "Handle by then (48 hours after opening)") OffsetDateTime handleBy,
        @Schema(description = "Repair by then (7 days after opening)") OffsetDateTime repairBy,
        OffsetDateTime acknowledgedAt,
        OffsetDateTime handledAt,
        OffsetDateTime repairedAt,
        @Schema(description = "When it was CLOSED or DISMISSED") OffsetDateTime closedAt,
        @Schema(description = "True when a deadline has passed unmet (never once CLOSED or DISMISSED)") boolean overdue,
        @Schema(description = "The deadlines that have passed unmet") List<Deadline> overdueDeadlines,
        @Schema(description = "The tier's base level (1 GENERAL, 2 IMPORTANT, 3 MAJOR by default) plus one per overdue "
                + "deadline, at most 4", example = "2") int escalationLevel,
        @Schema(description = "The playbook of the incident's type as a checklist") List<StepView> steps,
        @Schema(description = "Every status change, oldest first") List<TransitionView> transitions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the incident", example = "0") long version) {

    @Schema(name = "IncidentAlert", description = "The analytics alert behind an incident")
    public record AlertView(String alertId, @Schema(example = "PLAYS_DROP") String type, BigDecimal observed,
            BigDecimal baseline, OffsetDateTime detectedAt) {
    }

    @Schema(name = "IncidentStep", description = "A playbook step: done once, with who and when")
    public record StepView(@Schema(example = "TAKE_DOWN") String step, boolean done, String doneBy,
            OffsetDateTime doneAt, String note) {

        static StepView from(IncidentStep step) {
            return new StepView(step.step, step.doneAt != null, step.doneBy, Times.utc(step.doneAt), step.note);
        }
    }

    @Schema(name = "IncidentStatusChange", description = "A status change of an incident")
    public record TransitionView(IncidentStatus from, IncidentStatus to, String by, OffsetDateTime at, String note) {

        static TransitionView from(IncidentTransition t) {
            return new TransitionView(t.from, t.to, t.by, Times.utc(t.at), t.note);
        }
    }

    public static IncidentResponse from(Incident i, List<Deadline> overdue, int escalationLevel) {
        AlertView alert = i.alertId == null ? null
                : new AlertView(i.alertId, i.alertType, i.observed, i.baseline, Times.utc(i.detectedAt));
        return new IncidentResponse(Ids.format(i.id), i.type, i.tier, i.status, i.source, i.title, i.description,
                i.accountId, i.videoId, alert, i.openedBy, Times.utc(i.openedAt),
                Times.utc(i.acknowledgeBy), Times.utc(i.handleBy), Times.utc(i.repairBy),
                Times.utc(i.acknowledgedAt), Times.utc(i.handledAt), Times.utc(i.repairedAt),
                Times.utc(i.closedAt), !overdue.isEmpty(), overdue, escalationLevel,
                i.steps.stream().map(StepView::from).toList(),
                i.transitions.stream().map(TransitionView::from).toList(),
                Times.utc(i.createdAt), Times.utc(i.updatedAt), i.version);
    }
}

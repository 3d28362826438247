package io.lightningops.risk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;
import io.lightningops.risk.domain.Deadline;
import io.lightningops.risk.domain.Incident;
import io.lightningops.risk.domain.IncidentSource;
import io.lightningops.risk.domain.IncidentStatus;
import io.lightningops.risk.domain.IncidentStep;
import io.lightningops.risk.domain.IncidentTransition;
import io.lightningops.risk.domain.IncidentType;
import io.lightningops.risk.domain.RiskTier;
import io.lightningops.risk.repository.IncidentRepository;
import io.lightningops.risk.rest.AlertRequest;
import io.lightningops.risk.rest.IncidentRequest;
import io.lightningops.risk.rest.IncidentResponse;
import io.lightningops.risk.rest.StepRequest;
import io.lightningops.risk.rest.TransitionRequest;
import io.lightningops.defaults.security.CurrentUser;

/** Incidents on the crisis clock: opened by hand, from analytics alerts or from comment spikes. */
@ApplicationScoped
@Transactional
public class IncidentService {

    /** Live (not closed or dismissed) with a deadline passed unmet. */
    private static final String OVERDUE = "(closedAt is null and ((acknowledgedAt is null and acknowledgeBy < :now)"
            + " or (handledAt is null and handleBy < :now) or (repairedAt is null and repairBy < :now)))";

    /** The answer to an alert: the incident, and whether this call created it. */
    public record AlertOutcome(IncidentResponse incident, boolean created) {
    }

    private final IncidentRepository incidents;
    private final IncidentPolicy policy;
    private final CurrentUser user;
    private final Clock clock;

    public IncidentService(IncidentRepository incidents, IncidentPolicy policy, CurrentUser user, Clock clock) {
        this.incidents = incidents;
        this.policy = policy;
        this.user = user;
        this.clock = clock;
    }

    public IncidentResponse open(IncidentRequest request) {
        Incident incident = newIncident(request.type(), request.tier(), IncidentStatus.OPEN, IncidentSource.MANUAL,
                request.title(), request.description(), request.accountId(), request.videoId());
        return save(incident);
    }

    /** Raises a CANDIDATE for an alert, or returns the incident an earlier report of the same alert raised. */
    public AlertOutcome fromAlert(AlertRequest alert) {
        Optional<Incident> earlier = incidents.findByAlertId(alert.alertId().strip());
        if (earlier.isPresent()) {
            return new AlertOutcome(respond(earlier.get()), false);
        }
        IncidentType type = policy.typeOfAlert(alert.type());
        RiskTier tier = policy.tierOfDeviation(alert.observed(), alert.baseline());
        String title = alert.type() + (alert.videoId() == null ? " on account " + alert.accountId()
                : " on video " + alert.videoId());
        Incident incident = newIncident(type, tier, IncidentStatus.CANDIDATE, IncidentSource.ALERT, title,
                alert.message(), alert.accountId(), alert.videoId());
        incident.alertId = alert.alertId().strip();
        incident.alertType = alert.type();
        incident.observed = alert.observed();
        incident.baseline = alert.baseline();
        incident.detectedAt = alert.detectedAt().toInstant();
        return new AlertOutcome(save(incident), true);
    }

    /** Raises a CANDIDATE found by the service itself (e.g. a spike of negative comments). */
    public IncidentResponse raiseCandidate(IncidentType type, RiskTier tier, IncidentSource source, String title,
            String description, String accountId, String videoId) {
        return save(newIncident(type, tier, IncidentStatus.CANDIDATE, source, title, description, accountId, videoId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IncidentResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IncidentResponse> list(IncidentStatus status, IncidentType type, RiskTier tier, Boolean overdue,
            String accountId, PageParams page) {
        Instant now = clock.instant();
        return ListQuery.where()
                .and("status = :status", "status", status)
                .and("type = :type", "type", type)
                .and("tier = :tier", "tier", tier)
                .and("accountId = :account", "account", accountId)
                .and(Boolean.FALSE.equals(overdue) ? "not " + OVERDUE : OVERDUE, "now", overdue == null ? null : now)
                .page(incidents, Sort.descending("openedAt").and("id"), page)
                .map(incident -> respond(incident, now));
    }

    public IncidentResponse transition(UUID id, String ifMatch, TransitionRequest request) {
        Incident incident = find(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, incident.version);
        }
        IncidentStatus to = request.status();
        if (!incident.status.next().contains(to)) {
            throw ApiException.conflict("A " + incident.status + " incident cannot become " + to
                    + (incident.status.next().isEmpty() ? "; it is final" : "; it can become " + incident.status.next()));
        }
        Instant now = clock.instant();
        switch (to) {
            case ACKNOWLEDGED -> incident.acknowledgedAt = now;
            case HANDLED -> incident.handledAt = now;
            case REPAIRED -> incident.repairedAt = now;
            case CLOSED, DISMISSED -> incident.closedAt = now;
            default -> {
                // OPEN confirms a candidate; its clock has been running since it was raised
            }
        }
        addTransition(incident, incident.status, to, request.note(), now);
        incident.status = to;
        incidents.flush();
        return respond(incident, now);
    }

    public IncidentResponse completeStep(UUID id, String step, StepRequest request) {
        Incident incident = find(id);
        IncidentStep item = incident.steps.stream().filter(s -> s.step.equals(step)).findFirst()
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                        "The playbook of this incident has no step " + step + "; it has "
                                + incident.steps.stream().map(s -> s.step).toList()));
        if (incident.status.ended()) {
            throw ApiException.conflict("The incident is " + incident.status + "; its checklist is final");
        }
        if (item.doneAt != null) {
            throw ApiException.conflict("Step " + step + " was done by " + item.doneBy + " at " + item.doneAt);
        }
        item.doneBy = user.name();
        item.doneAt = clock.instant();
        item.note = request == null ? null : request.note();
        incidents.flush();
        return respond(incident);
    }

    private Incident newIncident(IncidentType type, RiskTier tier, IncidentStatus status, IncidentSource source,
            String title, String description, String accountId, String videoId) {
        Instant now = clock.instant();
        Incident incident = new Incident();
        incident.type = type;
        incident.tier = tier;
        incident.status = status;
        incident.source = source;
        incident.title = title.strip();
        incident.description = description == null || description.isBlank() ? null : description.strip();
        incident.accountId = blankToNull(accountId);
        incident.videoId = blankToNull(videoId);
        incident.openedBy = user.name();
        policy.startClock(incident, now);
        for (String step : policy.playbook(type)) {
            incident.steps.add(new IncidentStep(step));
        }
        addTransition(incident, null, status, null, now);
        return incident;
    }

    private void addTransition(Incident incident, IncidentStatus from, IncidentStatus to, String note, Instant at) {
        IncidentTransition transition = new IncidentTransition();
        transition.from = from;
        transition.to = to;
        transition.by = user.name();
        transition.at = at;
        transition.note = note == null || note.isBlank() ? null : note.strip();
        incident.transitions.add(transition);
    }

    private IncidentResponse save(Incident incident) {
        incidents.persist(incident);
        incidents.flush();
        return respond(incident);
    }

    private IncidentResponse respond(Incident incident) {
        return respond(incident, clock.instant());
    }

    private IncidentResponse respond(Incident incident, Instant now) {
        List<Deadline> overdue = policy.overdue(incident, now);
        return IncidentResponse.from(incident, overdue, policy.escalationLevel(incident.tier, overdue.size()));
    }

    private Incident find(UUID id) {
        Incident incident = incidents.findById(id);
        if (incident == null) {
            throw ApiException.notFound("incident", id);
        }
        return incident;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package io.lightningops.risk.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.risk.domain.FieldChange;
import io.lightningops.risk.domain.Risk;
import io.lightningops.risk.domain.RiskCategory;
import io.lightningops.risk.domain.RiskChange;
import io.lightningops.risk.domain.RiskStatus;
import io.lightningops.risk.domain.RiskTier;
import io.lightningops.risk.repository.RiskChangeRepository;
import io.lightningops.risk.repository.RiskRepository;
import io.lightningops.risk.rest.RiskChangeResponse;
import io.lightningops.risk.rest.RiskRequest;
import io.lightningops.risk.rest.RiskResponse;
import io.lightningops.defaults.security.CurrentUser;

/**
 * The risk register: risks scored by likelihood × impact × response difficulty and tiered by policy.
 * Every registration and change is written to the risk's history in the same transaction.
 */
@ApplicationScoped
@Transactional
public class RiskService {

    private final RiskRepository risks;
    private final RiskChangeRepository history;
    private final RiskTiers tiers;
    private final CurrentUser user;
    private final Clock clock;

    public RiskService(RiskRepository risks, RiskChangeRepository history, RiskTiers tiers, CurrentUser user,
            Clock clock) {
        this.risks = risks;
        this.history = history;
        this.tiers = tiers;
        this.user = user;
        this.clock = clock;
    }

    public RiskResponse create(RiskRequest request) {
        Risk risk = new Risk();
        risk.status = request.status() == null ? RiskStatus.OPEN : request.status();
        apply(risk, request);
        risks.persist(risk);
        risks.flush();
        record(risk, RiskChange.Action.CREATED, Map.of(), snapshot(risk));
        return respond(risk);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RiskResponse> list(RiskCategory category, RiskTier tier, RiskStatus status, String owner,
            PageParams page) {
        // the tier is not stored: it is the band of scores that the current thresholds give it
        return ListQuery.where()
                .and("category = :category", "category", category)
                .and("score >= :lowest", "lowest", tier == null ? null : tiers.lowestScore(tier))
                .and("score <= :highest", "highest", tier == null ? null : tiers.highestScore(tier))
                .and("status = :status", "status", status)
                .and("owner = :owner", "owner", owner)
                .page(risks, Sort.descending("score").and("createdAt").and("id"), page)
                .map(this::respond);
    }

    public RiskResponse update(UUID id, String ifMatch, RiskRequest request) {
        Risk risk = find(id);
        ETags.requireMatch(ifMatch, risk.version);
        if (request.status() != null && !risk.status.canBecome(request.status())) {
            throw ApiException.conflict("A " + risk.status + " risk cannot become " + request.status()
                    + "; it can become " + risk.status.next());
        }
        Map<String, String> before = snapshot(risk);
        apply(risk, request);
        risks.flush();
        Map<String, String> after = snapshot(risk);
        if (!after.equals(before)) {
            record(risk, RiskChange.Action.UPDATED, before, after);
        }
        return respond(risk);
    }

    /** The risk's history, oldest change first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RiskChangeResponse> history(UUID id, PageParams page) {
        find(id);
        return ListQuery.where()
                .and("riskId = :risk", "risk", id)
                .page(history, Sort.ascending("riskVersion"), page)
                .map(RiskChangeResponse::from);
    }

    private void record(Risk risk, RiskChange.Action action, Map<String, String> before, Map<String, String> after) {
        RiskChange change = new RiskChange();
        change.riskId = risk.id;
        change.riskVersion = risk.version;
        change.action = action;
        change.changedBy = user.name();
        change.changedAt = clock.instant();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                change.changes.add(new FieldChange(field.getKey(), old, field.getValue()));
            }
        }
        history.persist(change);
    }

    /** The fields a change is recorded for, as text; the tier by the thresholds in force at the time. */
    private Map<String, String> snapshot(Risk risk) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", risk.title);
        fields.put("description", risk.description);
        fields.put("category", String.valueOf(risk.category));
        fields.put("likelihood", String.valueOf(risk.likelihood));
        fields.put("impact", String.valueOf(risk.impact));
        fields.put("responseDifficulty", String.valueOf(risk.responseDifficulty));
        fields.put("score", String.valueOf(risk.score));
        fields.put("tier", String.valueOf(tiers.tierOf(risk.score)));
        fields.put("owner", risk.owner);
        fields.put("status", String.valueOf(risk.status));
        return fields;
    }

    private void apply(Risk risk, RiskRequest request) {
        risk.title = request.title().strip();
        risk.description = request.description() == null || request.description().isBlank()
                ? null : request.description().strip();
        risk.category = request.category();
        risk.likelihood = request.likelihood();
        risk.impact = request.impact();
        risk.responseDifficulty = request.responseDifficulty();
        risk.score = RiskTiers.score(risk.likelihood, risk.impact, risk.responseDifficulty);
        risk.owner = request.owner().strip();
        // an update that leaves out the status must not silently reopen a closed risk
        if (request.status() != null) {
            risk.status = request.status();
        }
    }

    private RiskResponse respond(Risk risk) {
        return RiskResponse.from(risk, tiers.tierOf(risk.score));
    }

    private Risk find(UUID id) {
        Risk risk = risks.findById(id);
        if (risk == null) {
            throw ApiException.notFound("risk", id);
        }
        return risk;
    }
}

package io.lightningops.risk.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.risk.domain.Risk;
import io.lightningops.risk.domain.RiskCategory;
import io.lightningops.risk.domain.RiskStatus;
import io.lightningops.risk.domain.RiskTier;
import io.lightningops.risk.repository.RiskRepository;
import io.lightningops.risk.rest.RiskRequest;
import io.lightningops.risk.rest.RiskResponse;

/** The risk register: risks scored by likelihood × impact × response difficulty and tiered by policy. */
@ApplicationScoped
@Transactional
public class RiskService {

    private final RiskRepository risks;
    private final RiskTiers tiers;

    public RiskService(RiskRepository risks, RiskTiers tiers) {
        this.risks = risks;
        this.tiers = tiers;
    }

    public RiskResponse create(RiskRequest request) {
        Risk risk = new Risk();
        risk.status = RiskStatus.OPEN;
        apply(risk, request);
        risks.persist(risk);
        risks.flush();
        return respond(risk);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RiskResponse> list(RiskCategory category, RiskTier tier, RiskStatus status, PageParams page) {
        // the tier is not stored: it is the band of scores that the current thresholds give it
        return ListQuery.where()
                .and("category = :category", "category", category)
                .and("score >= :lowest", "lowest", tier == null ? null : tiers.lowestScore(tier))
                .and("score <= :highest", "highest", tier == null ? null : tiers.highestScore(tier))
                .and("status = :status", "status", status)
                .page(risks, Sort.descending("score").and("createdAt").and("id"), page)
                .map(this::respond);
    }

    public RiskResponse update(UUID id, String ifMatch, RiskRequest request) {
        Risk risk = find(id);
        ETags.requireMatch(ifMatch, risk.version);
        apply(risk, request);
        risks.flush();
        return respond(risk);
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

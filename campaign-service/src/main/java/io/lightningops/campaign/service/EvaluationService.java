package io.lightningops.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.MetricWeights;
import io.lightningops.campaign.domain.Partner;
import io.lightningops.campaign.domain.PartnerEvaluation;
import io.lightningops.campaign.repository.CampaignRepository;
import io.lightningops.campaign.repository.DeliverableRepository;
import io.lightningops.campaign.repository.PartnerEvaluationRepository;
import io.lightningops.campaign.repository.PartnerRepository;
import io.lightningops.campaign.rest.EvaluationInputs;
import io.lightningops.campaign.rest.EvaluationRequest;
import io.lightningops.campaign.rest.EvaluationResponse;
import io.lightningops.campaign.rest.RankedPartner;
import io.lightningops.campaign.rest.RankingResponse;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/**
 * Evaluations (kept as history) and rankings. {@link #rank} is the entry point for any ranking, including a
 * campaign's: pass the campaign id and its weights override (resolved with {@link PartnerScoring#weights}).
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    private final PartnerEvaluationRepository evaluations;
    private final PartnerRepository partners;
    private final DeliverableRepository deliverables;
    private final CampaignRepository campaigns;
    private final PartnerScoring scoring;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public EvaluationService(PartnerEvaluationRepository evaluations, PartnerRepository partners,
            DeliverableRepository deliverables, CampaignRepository campaigns, PartnerScoring scoring, Caller caller,
            ObjectMapper json, Clock clock) {
        this.evaluations = evaluations;
        this.campaigns = campaigns;
        this.partners = partners;
        this.deliverables = deliverables;
        this.scoring = scoring;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    /** Scores a partner from raw inputs with the request's weights (missing ones default) and keeps the result. */
    public EvaluationResponse evaluate(UUID partnerId, EvaluationRequest request) {
        if (partners.findById(partnerId) == null) {
            throw ApiException.notFound("partner", partnerId);
        }
        Instant now = clock.instant();
        MetricWeights weights = scoring.weights(request.weights());
        PartnerEvaluation evaluation = new PartnerEvaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.partnerId = partnerId;
        evaluation.campaignId = campaigns.referenced("campaignId", request.campaignId());
        evaluation.metrics(scoring.normalize(request.inputs(), deliverables.onTimeShare(partnerId, now)));
        evaluation.weights(weights);
        evaluation.score = scoring.score(evaluation.metrics(), weights).score();
        evaluation.inputs = write(request.inputs());
        evaluation.evaluatedBy = caller.name();
        evaluation.evaluatedAt = now;
        evaluation.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        evaluations.persist(evaluation);
        return respond(evaluation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EvaluationResponse> history(UUID partnerId, String campaignId, PageParams page) {
        if (partners.findById(partnerId) == null) {
            throw ApiException.notFound("partner", partnerId);
        }
        return ListQuery.where()
                .and("partnerId = :partner", "partner", partnerId)
                .and("campaignId = :campaign", "campaign", Ids.parse("campaignId", campaignId))
                .page(evaluations, Sort.descending("evaluatedAt").and("id", Sort.Direction.Descending), page)
                .map(this::respond);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationResponse get(UUID partnerId, UUID id) {
        PartnerEvaluation evaluation = evaluations.findById(id);
        if (evaluation == null || !evaluation.partnerId.equals(partnerId)) {
            throw ApiException.notFound("evaluation", id);
        }
        return respond(evaluation);
    }

    /**
     * Ranks partners by their latest evaluation re-scored with {@code weights} (complete: see
     * {@link PartnerScoring#weights}), best first. With a campaign, an evaluation made for it is preferred over the
     * partner's latest general one (made for no campaign); evaluations for other campaigns do not count.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RankingResponse rank(UUID campaignId, MetricWeights weights, PartnerFilter filter, PageParams page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (campaignId != null) {
            where.append(" AND (e.campaign_id = :campaign OR e.campaign_id IS NULL)");
            params.put("campaign", campaignId);
        }
        filter.nativeConditions("p", where, params);
        String latest = "SELECT DISTINCT ON (e.partner_id) e.* FROM partner_evaluations e JOIN partners p ON p.id = e.partner_id"
                + where + " ORDER BY e.partner_id, " + (campaignId == null ? "" : "(e.campaign_id IS NULL), ")
                + "e.evaluated_at DESC, e.id DESC";
        String order = "(:wa * l.audience_overlap + :we * l.engagement_rate + :wc * l.conversion_ability"
                + " + :wf * l.content_fit + :wk * l.cost_efficiency + :wr * l.reliability)";
        Query select = evaluations.getEntityManager().createNativeQuery("SELECT l.id FROM (" + latest + ") l ORDER BY "
                + order + " DESC, l.partner_id LIMIT :limit OFFSET :offset", UUID.class);
        Query count = evaluations.getEntityManager().createNativeQuery("SELECT count(*) FROM (" + latest + ") l");
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        select.setParameter("wa", weights.audienceOverlap()).setParameter("we", weights.engagementRate())
                .setParameter("wc", weights.conversionAbility()).setParameter("wf", weights.contentFit())
                .setParameter("wk", weights.costEfficiency()).setParameter("wr", weights.reliability())
                .setParameter("limit", page.size()).setParameter("offset", (long) page.page() * page.size());
        @SuppressWarnings("unchecked")
        List<UUID> ids = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();

        Map<UUID, PartnerEvaluation> byId = ids.isEmpty() ? Map.of()
                : evaluations.list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<UUID, Partner> partnersById = byId.isEmpty() ? Map.of()
                : partners.list("id in ?1", byId.values().stream().map(e -> e.partnerId).toList()).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<RankedPartner> items = new ArrayList<>();
        long rank = (long) page.page() * page.size();
        for (UUID id : ids) {
            PartnerEvaluation e = byId.get(id);
            Partner p = partnersById.get(e.partnerId);
            PartnerScoring.Score score = scoring.score(e.metrics(), weights);
            items.add(new RankedPartner(++rank, Ids.format(p.id), p.name, p.type, p.agency, score.score(),
                    score.breakdown(), Ids.format(e.id), Ids.format(e.campaignId), e.evaluatedAt.atOffset(ZoneOffset.UTC)));
        }
        return new RankingResponse(Ids.format(campaignId), weights, items, page.page(), page.size(), total);
    }

    private EvaluationResponse respond(PartnerEvaluation e) {
        PartnerScoring.Score score = scoring.score(e.metrics(), e.weights());
        return new EvaluationResponse(Ids.format(e.id), Ids.format(e.partnerId), Ids.format(e.campaignId), e.score,
                score.breakdown(), e.weights(), read(e.inputs), e.evaluatedBy, e.evaluatedAt.atOffset(ZoneOffset.UTC),
                e.note);
    }

    private String write(EvaluationInputs inputs) {
        try {
            return json.writeValueAsString(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store evaluation inputs", e);
        }
    }

    private EvaluationInputs read(String inputs) {
        try {
            return json.readValue(inputs, EvaluationInputs.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored evaluation inputs are unreadable", e);
        }
    }
}

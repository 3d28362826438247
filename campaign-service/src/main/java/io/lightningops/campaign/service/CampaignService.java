package io.lightningops.campaign.service;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.Campaign;
import io.lightningops.campaign.domain.CampaignStatus;
import io.lightningops.campaign.domain.EvaluationWeights;
import io.lightningops.campaign.domain.MetricWeights;
import io.lightningops.campaign.repository.BudgetLineRepository;
import io.lightningops.campaign.repository.CampaignRepository;
import io.lightningops.campaign.repository.PartnerRepository;
import io.lightningops.campaign.rest.CampaignRequest;
import io.lightningops.campaign.rest.CampaignResponse;
import io.lightningops.campaign.rest.RankingResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** Campaigns and their lifecycle: DRAFT → ACTIVE ⇄ PAUSED → COMPLETED, or CANCELLED before completion. */
@ApplicationScoped
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final PartnerRepository partners;
    private final BudgetLineRepository lines;
    private final EvaluationService evaluations;
    private final PartnerScoring scoring;

    public CampaignService(CampaignRepository campaigns, PartnerRepository partners, BudgetLineRepository lines,
            EvaluationService evaluations, PartnerScoring scoring) {
        this.campaigns = campaigns;
        this.partners = partners;
        this.lines = lines;
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    /**
     * The partners ranked for a campaign: scored with the campaign's weights (the configured ones where it has
     * none), an evaluation made for this campaign preferred over a partner's general one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RankingResponse rankings(UUID id, PartnerFilter filter, PageParams page) {
        Campaign campaign = find(id);
        MetricWeights weights = scoring.weights(EvaluationWeights.toMetricWeights(campaign.evaluationWeights));
        return evaluations.rank(campaign.id, weights, filter, page);
    }

    public CampaignResponse create(CampaignRequest request) {
        Campaign campaign = new Campaign();
        campaign.status = CampaignStatus.DRAFT;
        apply(campaign, request);
        campaigns.persist(campaign);
        campaigns.flush();
        return CampaignResponse.from(campaign);
    }

    public CampaignResponse update(UUID id, String ifMatch, CampaignRequest request) {
        Campaign campaign = find(id);
        ETags.requireMatch(ifMatch, campaign.version);
        apply(campaign, request);
        campaigns.flush();
        return CampaignResponse.from(campaign);
    }

    public CampaignResponse transition(UUID id, String ifMatch, CampaignStatus to) {
        Campaign campaign = find(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, campaign.version);
        }
        if (!campaign.status.next().contains(to)) {
            throw ApiException.conflict("A " + campaign.status + " campaign cannot become " + to
                    + (campaign.status.next().isEmpty() ? "; it is closed" : "; it can become " + campaign.status.next()));
        }
        campaign.status = to;
        campaigns.flush();
        return CampaignResponse.from(campaign);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignResponse get(UUID id) {
        return CampaignResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CampaignResponse> list(CampaignStatus status, String partnerId, PageParams page) {
        return ListQuery.where()
                .and("status = :status", "status", status)
                .and(":partnerId member of partnerIds", "partnerId", Ids.parse("partnerId", partnerId))
                .page(campaigns, Sort.descending("createdAt").and("id"), page)
                .map(CampaignResponse::from);
    }

    private void apply(Campaign campaign, CampaignRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ApiException.invalid("endsAt", "must be after startsAt");
        }
        MetricWeights weights = request.evaluationWeights();
        if (weights != null) {
            requireAllSix(weights);
        }
        if (weights != null && weights.sum().signum() <= 0) {
            throw ApiException.invalid("evaluationWeights", "must add up to more than 0");
        }
        Set<UUID> partnerIds = new LinkedHashSet<>();
        List<String> given = request.partnerIds() == null ? List.of() : request.partnerIds();
        for (int i = 0; i < given.size(); i++) {
            UUID partnerId = Ids.parse("partnerIds[" + i + "]", given.get(i));
            if (partners.findById(partnerId) == null) {
                throw ApiException.invalid("partnerIds[" + i + "]", "no partner has this id");
            }
            partnerIds.add(partnerId);
        }
        UUID lineId = Ids.parse("budgetLineId", request.budgetLineId());
        if (lineId != null && lines.findById(lineId) == null) {
            throw ApiException.invalid("budgetLineId", "no budget line has this id");
        }
        campaign.name = request.name().strip();
        campaign.objective = request.objective();
        campaign.description = request.description();
        campaign.startsAt = request.startsAt().toInstant();
        campaign.endsAt = request.endsAt().toInstant();
        campaign.channels.clear();
        if (request.channels() != null) {
            campaign.channels.addAll(request.channels());
        }
        campaign.partnerIds.clear();
        campaign.partnerIds.addAll(partnerIds);
        campaign.budgetLineId = lineId;
        campaign.evaluationWeights = EvaluationWeights.of(weights);
    }

    /** A campaign's override is complete, so that a later change of the configured defaults never alters it. */
    private static void requireAllSix(MetricWeights weights) {
        String[] names = {"audienceOverlap", "engagementRate", "conversionAbility", "contentFit", "costEfficiency",
            "reliability"};
        BigDecimal[] values = {weights.audienceOverlap(), weights.engagementRate(), weights.conversionAbility(),
            weights.contentFit(), weights.costEfficiency(), weights.reliability()};
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null) {
                throw ApiException.invalid("evaluationWeights." + names[i], "must be given: a campaign's weights hold all six, or none");
            }
        }
    }

    private Campaign find(UUID id) {
        Campaign campaign = campaigns.findById(id);
        if (campaign == null) {
            throw ApiException.notFound("campaign", id);
        }
        return campaign;
    }
}

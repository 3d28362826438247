package io.lightningops.campaign.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.BidStrategy;
import io.lightningops.campaign.domain.Boost;
import io.lightningops.campaign.domain.Money;
import io.lightningops.campaign.domain.TimeSlot;
import io.lightningops.campaign.repository.BoostRepository;
import io.lightningops.campaign.repository.CampaignRepository;
import io.lightningops.campaign.rest.BoostComparison;
import io.lightningops.campaign.rest.BoostRequest;
import io.lightningops.campaign.rest.BoostResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** DOU+ boosts and their ROI (GMV / spend), compared across bid strategies and time slots with exact sums. */
@ApplicationScoped
@Transactional
public class BoostService {

    private final BoostRepository boosts;
    private final CampaignRepository campaigns;

    public BoostService(BoostRepository boosts, CampaignRepository campaigns) {
        this.boosts = boosts;
        this.campaigns = campaigns;
    }

    public BoostResponse create(BoostRequest request) {
        Boost boost = new Boost();
        apply(boost, request);
        boosts.persist(boost);
        boosts.flush();
        return BoostResponse.from(boost);
    }

    public BoostResponse update(UUID id, String ifMatch, BoostRequest request) {
        Boost boost = find(id);
        ETags.requireMatch(ifMatch, boost.version);
        apply(boost, request);
        boosts.flush();
        return BoostResponse.from(boost);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BoostResponse get(UUID id) {
        return BoostResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BoostResponse> list(String campaignId, BidStrategy strategy, TimeSlot slot, PageParams page) {
        return ListQuery.where()
                .and("campaignId = :campaignId", "campaignId", Ids.parse("campaignId", campaignId))
                .and("bidStrategy = :strategy", "strategy", strategy)
                .and("timeSlot = :slot", "slot", slot)
                .page(boosts, Sort.descending("createdAt").and("id"), page)
                .map(BoostResponse::from);
    }

    /** Sums in the database (NUMERIC, exact), ROI computed from the sums, not averaged over boosts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BoostComparison compare(String campaignId) {
        UUID campaign = Ids.parse("campaignId", campaignId);
        if (campaign != null && campaigns.findById(campaign) == null) {
            throw ApiException.notFound("campaign", campaign);
        }
        List<BoostComparison.Group> total = groups(false, false, campaign);
        return new BoostComparison(Ids.format(campaign),
                total.isEmpty() ? group(null, null, 0, BigDecimal.ZERO, BigDecimal.ZERO) : total.get(0),
                groups(true, false, campaign), groups(false, true, campaign), groups(true, true, campaign));
    }

    private List<BoostComparison.Group> groups(boolean byStrategy, boolean bySlot, UUID campaign) {
        List<String> keys = new ArrayList<>();
        if (byStrategy) {
            keys.add("b.bidStrategy");
        }
        if (bySlot) {
            keys.add("b.timeSlot");
        }
        String select = keys.isEmpty() ? "" : String.join(", ", keys) + ", ";
        String grouping = keys.isEmpty() ? "" : " group by " + String.join(", ", keys) + " order by " + String.join(", ", keys);
        String where = campaign == null ? "" : " where b.campaignId = :campaign";
        TypedQuery<Object[]> query = boosts.getEntityManager().createQuery("select " + select
                + "count(b), sum(b.spend), sum(b.gmv) from Boost b" + where + grouping, Object[].class);
        if (campaign != null) {
            query.setParameter("campaign", campaign);
        }
        int n = keys.size();
        return query.getResultList().stream()
                .filter(row -> ((Long) row[n]) > 0)
                .map(row -> group(byStrategy ? (BidStrategy) row[0] : null,
                        bySlot ? (TimeSlot) row[n - 1] : null,
                        (Long) row[n], (BigDecimal) row[n + 1], (BigDecimal) row[n + 2]))
                .toList();
    }

    private static BoostComparison.Group group(BidStrategy strategy, TimeSlot slot, long count, BigDecimal spend, BigDecimal gmv) {
        return new BoostComparison.Group(strategy, slot, count, Money.format(spend), Money.format(gmv),
                Money.formatRatio(Money.ratio(gmv, spend)));
    }

    private void apply(Boost boost, BoostRequest request) {
        UUID campaignId = Ids.parse("campaignId", request.campaignId());
        if (campaigns.findById(campaignId) == null) {
            throw ApiException.invalid("campaignId", "no campaign has this id");
        }
        boost.campaignId = campaignId;
        boost.videoRef = request.videoRef().strip();
        boost.spend = Money.cents(request.spend());
        boost.bidStrategy = request.bidStrategy();
        boost.timeSlot = request.timeSlot();
        boost.gmv = request.gmv() == null ? Money.cents(BigDecimal.ZERO) : Money.cents(request.gmv());
        boost.startedAt = request.startedAt() == null ? null : request.startedAt().toInstant();
    }

    private Boost find(UUID id) {
        Boost boost = boosts.findById(id);
        if (boost == null) {
            throw ApiException.notFound("boost", id);
        }
        return boost;
    }
}

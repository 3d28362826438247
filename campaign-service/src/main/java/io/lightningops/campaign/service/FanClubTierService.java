package io.lightningops.campaign.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.FanClubTier;
import io.lightningops.campaign.repository.FanClubTierRepository;
import io.lightningops.campaign.rest.FanClubTierRequest;
import io.lightningops.campaign.rest.FanClubTierResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.problem.ApiException;

/** The fan club's three tiers, edited in place; thresholds rise strictly from level 1 to level 3. */
@ApplicationScoped
@Transactional
public class FanClubTierService {

    private final FanClubTierRepository tiers;

    public FanClubTierService(FanClubTierRepository tiers) {
        this.tiers = tiers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FanClubTierResponse> list() {
        return tiers.listAll(Sort.ascending("level")).stream().map(FanClubTierResponse::from).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FanClubTierResponse get(int level) {
        return FanClubTierResponse.from(find(level));
    }

    public FanClubTierResponse update(int level, String ifMatch, FanClubTierRequest request) {
        // all three rows locked in level order, so that two edits cannot together break the rising thresholds
        List<FanClubTier> all = tiers.find("order by level").withLock(LockModeType.PESSIMISTIC_WRITE).list();
        FanClubTier tier = all.stream().filter(t -> t.level == level).findFirst()
                .orElseThrow(() -> ApiException.notFound("fan-club tier at level", level));
        ETags.requireMatch(ifMatch, tier.version);
        for (FanClubTier other : all) {
            if (other.level < level && other.threshold >= request.threshold()
                    || other.level > level && other.threshold <= request.threshold()) {
                throw ApiException.conflict("Thresholds must rise from level 1 to 3: level " + other.level
                        + " needs " + other.threshold + " points");
            }
        }
        tier.name = request.name().strip();
        tier.threshold = request.threshold();
        tier.benefits.clear();
        request.benefits().forEach(b -> tier.benefits.add(b.strip()));
        tiers.flush();
        return FanClubTierResponse.from(tier);
    }

    private FanClubTier find(int level) {
        FanClubTier tier = tiers.findById(level);
        if (tier == null) {
            throw ApiException.notFound("fan-club tier at level", level);
        }
        return tier;
    }
}

package io.lightningops.campaign.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.Coupon;
import io.lightningops.campaign.domain.CouponRedemption;
import io.lightningops.campaign.domain.CouponShare;
import io.lightningops.campaign.domain.CouponType;
import io.lightningops.campaign.domain.Money;
import io.lightningops.campaign.repository.CampaignRepository;
import io.lightningops.campaign.repository.CouponRedemptionRepository;
import io.lightningops.campaign.repository.CouponRepository;
import io.lightningops.campaign.repository.CouponShareRepository;
import io.lightningops.campaign.rest.CouponRequest;
import io.lightningops.campaign.rest.CouponResponse;
import io.lightningops.campaign.rest.RedemptionResponse;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Coupons and redemptions. A redemption takes one from the coupon's limit with a conditional UPDATE (409 once none
 * is left), then checks the per-user limit under the row lock that UPDATE holds; outside the validity window, or a
 * NEW_USER coupon for a user who redeemed before, is 422.
 */
@ApplicationScoped
@Transactional
public class CouponService {

    private final CouponRepository coupons;
    private final CouponRedemptionRepository redemptions;
    private final CouponShareRepository shares;
    private final CampaignRepository campaigns;

    public CouponService(CouponRepository coupons, CouponRedemptionRepository redemptions, CouponShareRepository shares,
            CampaignRepository campaigns) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.shares = shares;
        this.campaigns = campaigns;
    }

    public CouponResponse create(CouponRequest request) {
        CouponType type = request.type() == null ? CouponType.STANDARD : request.type();
        if (request.validFrom() != null && request.validUntil() != null
                && !request.validUntil().isAfter(request.validFrom())) {
            throw ApiException.invalid("validUntil", "must be after validFrom");
        }
        if (type == CouponType.LIMITED_TIME && (request.validFrom() == null || request.validUntil() == null)) {
            throw ApiException.invalid(request.validFrom() == null ? "validFrom" : "validUntil",
                    "is required for a LIMITED_TIME coupon");
        }
        if (type == CouponType.FISSION) {
            if (request.shareBonus() == null) {
                throw ApiException.invalid("shareBonus", "is required for a FISSION coupon");
            }
            if (request.maxLimit() == null || request.maxLimit() < request.limit()) {
                throw ApiException.invalid("maxLimit", "is required for a FISSION coupon and must be at least limit");
            }
        } else if (request.shareBonus() != null || request.maxLimit() != null) {
            throw ApiException.invalid(request.shareBonus() != null ? "shareBonus" : "maxLimit", "is only for FISSION coupons");
        }
        if (type == CouponType.NEW_USER && request.perUserLimit() != null && request.perUserLimit() != 1) {
            throw ApiException.invalid("perUserLimit", "must be 1 for a NEW_USER coupon");
        }
        UUID campaignId = Ids.parse("campaignId", request.campaignId());
        if (campaignId != null && campaigns.findById(campaignId) == null) {
            throw ApiException.invalid("campaignId", "no campaign has this id");
        }
        if (coupons.codeTaken(request.code())) {
            throw ApiException.conflict("Another coupon has the code " + request.code());
        }
        Coupon coupon = new Coupon();
        coupon.code = request.code();
        coupon.type = type;
        coupon.title = request.title();
        coupon.discount = request.discount() == null ? null : Money.cents(request.discount());
        coupon.minSpend = request.minSpend() == null ? null : Money.cents(request.minSpend());
        coupon.limit = request.limit();
        coupon.effectiveLimit = request.limit();
        coupon.maxLimit = request.maxLimit();
        coupon.shareBonus = request.shareBonus();
        coupon.perUserLimit = request.perUserLimit() == null ? 1 : request.perUserLimit();
        coupon.validFrom = request.validFrom() == null ? null : request.validFrom().toInstant();
        coupon.validUntil = request.validUntil() == null ? null : request.validUntil().toInstant();
        coupon.campaignId = campaignId;
        coupons.persist(coupon);
        coupons.flush();
        return CouponResponse.from(coupon);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CouponResponse get(UUID id) {
        return CouponResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CouponResponse> list(CouponType type, String campaignId, PageParams page) {
        return ListQuery.where()
                .and("type = :type", "type", type)
                .and("campaignId = :campaignId", "campaignId", Ids.parse("campaignId", campaignId))
                .page(coupons, Sort.descending("createdAt").and("id"), page)
                .map(CouponResponse::from);
    }

    public RedemptionResponse redeem(UUID couponId, String userRef) {
        Coupon coupon = find(couponId);
        Instant now = Instant.now();
        if (coupon.validFrom != null && now.isBefore(coupon.validFrom)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The coupon is not valid before " + coupon.validFrom);
        }
        if (coupon.validUntil != null && !now.isBefore(coupon.validUntil)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The coupon expired at " + coupon.validUntil);
        }
        String user = userRef.strip();
        if (coupon.type == CouponType.NEW_USER && redemptions.hasRedeemedAny(user)) {
            throw new ApiException(ProblemType.UNPROCESSABLE,
                    "The coupon is for new users only, and " + user + " has redeemed a coupon before");
        }
        if (!coupons.takeOne(couponId)) {
            throw ApiException.conflict("The coupon " + coupon.code + " is used up: all " + currentLimit(coupon)
                    + " redemptions are taken");
        }
        // the UPDATE above holds the coupon's row lock until commit: this count sees every earlier redemption
        if (redemptions.countFor(couponId, user) >= coupon.perUserLimit) {
            throw ApiException.conflict(user + " has already redeemed the coupon " + coupon.perUserLimit
                    + (coupon.perUserLimit == 1 ? " time" : " times") + ", its per-user limit");
        }
        CouponRedemption redemption = new CouponRedemption();
        redemption.couponId = couponId;
        redemption.userRef = user;
        redemptions.persist(redemption);
        redemptions.flush();
        return RedemptionResponse.from(redemption);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RedemptionResponse> redemptions(UUID couponId, String userRef, PageParams page) {
        find(couponId);
        return ListQuery.where()
                .and("couponId = :couponId", "couponId", couponId)
                .and("userRef = :userRef", "userRef", userRef)
                .page(redemptions, Sort.ascending("redeemedAt").and("id"), page)
                .map(RedemptionResponse::from);
    }

    /** Records a redeemer's share of a FISSION coupon: the limit grows by the share bonus, up to the max limit. */
    public CouponResponse share(UUID couponId, String userRef) {
        Coupon coupon = find(couponId);
        String user = userRef.strip();
        if (coupon.type != CouponType.FISSION) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Only FISSION coupons unlock redemptions by sharing");
        }
        if (redemptions.countFor(couponId, user) == 0) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Only a redeemer's share counts, and " + user
                    + " has not redeemed the coupon");
        }
        if (shares.count("couponId = ?1 and userRef = ?2", couponId, user) > 0) {
            throw ApiException.conflict(user + " has already shared the coupon; each redeemer's share counts once");
        }
        CouponShare share = new CouponShare();
        share.couponId = couponId;
        share.userRef = user;
        shares.persist(share);
        shares.flush();
        coupons.unlockShareBonus(couponId);
        coupons.getEntityManager().refresh(coupon);
        return CouponResponse.from(coupon);
    }

    private int currentLimit(Coupon coupon) {
        coupons.getEntityManager().refresh(coupon);
        return coupon.effectiveLimit;
    }

    private Coupon find(UUID id) {
        Coupon coupon = coupons.findById(id);
        if (coupon == null) {
            throw ApiException.notFound("coupon", id);
        }
        return coupon;
    }
}

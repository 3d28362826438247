package io.lightningops.campaign.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.Partner;
import io.lightningops.campaign.domain.PartnerType;
import io.lightningops.campaign.repository.PartnerRepository;
import io.lightningops.campaign.rest.PartnerRequest;
import io.lightningops.campaign.rest.PartnerResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.problem.ApiException;

/** Partners: creators, MCN agencies and brands. An MCN's agency key ties its tokens to its data. */
@ApplicationScoped
@Transactional
public class PartnerService {

    private final PartnerRepository partners;

    public PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    public PartnerResponse create(PartnerRequest request) {
        Partner partner = new Partner();
        apply(partner, request);
        partners.persist(partner);
        partners.flush();
        return PartnerResponse.from(partner);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerResponse get(UUID id) {
        return PartnerResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartnerResponse> list(PartnerFilter filter, PageParams page) {
        return filter.where()
                .page(partners, Sort.by("createdAt").and("id"), page)
                .map(PartnerResponse::from);
    }

    public PartnerResponse update(UUID id, String ifMatch, PartnerRequest request) {
        Partner partner = find(id);
        ETags.requireMatch(ifMatch, partner.version);
        apply(partner, request);
        partners.flush();
        return PartnerResponse.from(partner);
    }

    private void apply(Partner partner, PartnerRequest request) {
        if (request.type() == PartnerType.MCN) {
            if (request.agency() == null) {
                throw ApiException.invalid("agency", "is required for an MCN: the agency claim of its tokens");
            }
            if (partners.agencyTaken(request.agency(), partner.id)) {
                throw ApiException.conflict("Another partner already has the agency " + request.agency());
            }
        } else if (request.agency() != null) {
            throw ApiException.invalid("agency", "must be empty for a " + request.type() + "; only an MCN has one");
        }
        partner.name = request.name().strip();
        partner.type = request.type();
        partner.agency = request.agency();
        partner.mcnId = mcnOf(request);
        partner.category = request.category() == null || request.category().isBlank() ? null : request.category().strip();
        partner.followers = request.followers();
        partner.douyinId = request.douyinId();
        // @Email lets an empty string through; store no address rather than an empty one
        partner.contactEmail = request.contactEmail() == null || request.contactEmail().isBlank()
                ? null : request.contactEmail().strip();
    }

    private UUID mcnOf(PartnerRequest request) {
        UUID mcnId = Ids.parse("mcnId", request.mcnId());
        if (mcnId == null) {
            return null;
        }
        if (request.type() != PartnerType.CREATOR) {
            throw ApiException.invalid("mcnId", "only a creator can be signed to an MCN");
        }
        Partner mcn = partners.findById(mcnId);
        if (mcn == null || mcn.type != PartnerType.MCN) {
            throw ApiException.invalid("mcnId", "must be the id of an MCN partner");
        }
        return mcnId;
    }

    private Partner find(UUID id) {
        Partner partner = partners.findById(id);
        if (partner == null) {
            throw ApiException.notFound("partner", id);
        }
        return partner;
    }
}

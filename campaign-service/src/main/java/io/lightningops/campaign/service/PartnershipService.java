package io.lightningops.campaign.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.ContractStatus;
import io.lightningops.campaign.domain.ContractStep;
import io.lightningops.campaign.domain.Partner;
import io.lightningops.campaign.domain.PartnerType;
import io.lightningops.campaign.domain.Partnership;
import io.lightningops.campaign.domain.WebhookEventType;
import io.lightningops.campaign.repository.CampaignRepository;
import io.lightningops.campaign.repository.DeliverableRepository;
import io.lightningops.campaign.repository.PartnerRepository;
import io.lightningops.campaign.repository.PartnershipRepository;
import io.lightningops.campaign.rest.PartnershipRequest;
import io.lightningops.campaign.rest.PartnershipResponse;
import io.lightningops.campaign.rest.PartnershipUpdate;
import io.lightningops.campaign.rest.TransitionRequest;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/**
 * Partnerships and their contract lifecycle. A partner token sees only partnerships of its agency; any other is
 * "not found", so that it cannot learn that it exists.
 */
@ApplicationScoped
@Transactional
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final PartnerRepository partners;
    private final DeliverableRepository deliverables;
    private final CampaignRepository campaigns;
    private final WebhookOutbox outbox;
    private final Caller caller;
    private final Clock clock;

    public PartnershipService(PartnershipRepository partnerships, PartnerRepository partners,
            DeliverableRepository deliverables, CampaignRepository campaigns, WebhookOutbox outbox, Caller caller,
            Clock clock) {
        this.partnerships = partnerships;
        this.campaigns = campaigns;
        this.partners = partners;
        this.deliverables = deliverables;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    public PartnershipResponse create(PartnershipRequest request) {
        UUID partnerId = Ids.parse("partnerId", request.partnerId());
        Partner partner = partners.findById(partnerId);
        if (partner == null) {
            throw ApiException.invalid("partnerId", "no partner has this id");
        }
        Partnership partnership = new Partnership();
        partnership.partnerId = partnerId;
        partnership.agency = agencyOf(partner);
        partnership.status = ContractStatus.DRAFT;
        partnership.createdBy = caller.name();
        describe(partnership, request.title(), request.description(), request.campaignId(), request.startsOn(),
                request.endsOn());
        partnership.steps.add(step(null, ContractStatus.DRAFT, null));
        partnerships.persist(partnership);
        partnerships.flush();
        PartnershipResponse response = respond(partnership);
        outbox.publish(partnership.agency, WebhookEventType.PARTNERSHIP_CREATED, response);
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnershipResponse get(UUID id) {
        return respond(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartnershipResponse> list(String partnerId, ContractStatus status, String campaignId, PageParams page) {
        return ListQuery.where()
                .and("agency = :tenant", "tenant", caller.tenant().orElse(null))
                .and("partnerId = :partner", "partner", Ids.parse("partnerId", partnerId))
                .and("status = :status", "status", status)
                .and("campaignId = :campaign", "campaign", Ids.parse("campaignId", campaignId))
                .page(partnerships, Sort.by("createdAt").and("id"), page)
                .map(this::respond);
    }

    public PartnershipResponse update(UUID id, String ifMatch, PartnershipUpdate request) {
        Partnership partnership = visible(id);
        ETags.requireMatch(ifMatch, partnership.version);
        if (partnership.status == ContractStatus.ARCHIVED) {
            throw ApiException.conflict("The partnership is ARCHIVED; it no longer changes");
        }
        describe(partnership, request.title(), request.description(), request.campaignId(), request.startsOn(),
                request.endsOn());
        partnerships.flush();
        return respond(partnership);
    }

    /** Moves the contract one step; the step records who and when. If-Match is checked when given. */
    public PartnershipResponse transition(UUID id, String ifMatch, TransitionRequest request) {
        Partnership partnership = visible(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, partnership.version);
        }
        ContractStatus from = partnership.status;
        ContractStatus to = request.status();
        if (!from.next().contains(to)) {
            throw ApiException.conflict("A " + from + " contract cannot become " + to
                    + (from.next().isEmpty() ? "; it is final" : "; it can become " + from.next().stream().sorted().toList()));
        }
        partnership.status = to;
        partnership.steps.add(step(from, to, request.note()));
        partnerships.flush();
        PartnershipResponse response = respond(partnership);
        outbox.publish(partnership.agency, WebhookEventType.PARTNERSHIP_STATUS_CHANGED, response);
        return response;
    }

    /** The partnership, if the caller may see it; else 404 whether it exists or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Partnership visible(UUID id) {
        Partnership partnership = partnerships.findById(id);
        if (partnership == null || !caller.sees(partnership.agency)) {
            throw ApiException.notFound("partnership", id);
        }
        return partnership;
    }

    private void describe(Partnership partnership, String title, String description, String campaignId,
            LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ApiException.invalid("endsOn", "must not be before startsOn");
        }
        partnership.title = title.strip();
        partnership.description = description == null || description.isBlank() ? null : description.strip();
        partnership.campaignId = campaigns.referenced("campaignId", campaignId);
        partnership.startsOn = startsOn;
        partnership.endsOn = endsOn;
    }

    private ContractStep step(ContractStatus from, ContractStatus to, String note) {
        ContractStep step = new ContractStep();
        step.from = from;
        step.to = to;
        step.by = caller.name();
        step.at = clock.instant();
        step.note = note == null || note.isBlank() ? null : note.strip();
        return step;
    }

    /** An MCN's own agency, a signed creator's MCN's agency, or none. */
    private String agencyOf(Partner partner) {
        if (partner.type == PartnerType.MCN) {
            return partner.agency;
        }
        if (partner.mcnId != null) {
            return partners.findByIdOptional(partner.mcnId).map(mcn -> mcn.agency).orElse(null);
        }
        return null;
    }

    private PartnershipResponse respond(Partnership partnership) {
        return PartnershipResponse.from(partnership, deliverables.totalPrice(partnership.id));
    }
}

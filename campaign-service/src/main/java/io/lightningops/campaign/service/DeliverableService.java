package io.lightningops.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.ContractStatus;
import io.lightningops.campaign.domain.Deliverable;
import io.lightningops.campaign.domain.DeliverableStatus;
import io.lightningops.campaign.domain.DeliverableSubmission;
import io.lightningops.campaign.domain.DeliveryMetrics;
import io.lightningops.campaign.domain.Partnership;
import io.lightningops.campaign.domain.WebhookEventType;
import io.lightningops.campaign.repository.DeliverableRepository;
import io.lightningops.campaign.repository.DeliverableSubmissionRepository;
import io.lightningops.campaign.rest.DeliverableRequest;
import io.lightningops.campaign.rest.DeliverableResponse;
import io.lightningops.campaign.rest.ReviewRequest;
import io.lightningops.campaign.rest.SubmissionRequest;
import io.lightningops.campaign.rest.SubmissionResponse;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/**
 * Deliverables of a partnership: set while the contract is a DRAFT, submitted by the partner (link and metrics)
 * while it is IN_FORCE, and reviewed by the brand. Every change of state writes its event to the outbox.
 */
@ApplicationScoped
@Transactional
public class DeliverableService {

    private final PartnershipService partnerships;
    private final DeliverableRepository deliverables;
    private final DeliverableSubmissionRepository submissions;
    private final WebhookOutbox outbox;
    private final Caller caller;
    private final Clock clock;

    public DeliverableService(PartnershipService partnerships, DeliverableRepository deliverables,
            DeliverableSubmissionRepository submissions, WebhookOutbox outbox, Caller caller, Clock clock) {
        this.partnerships = partnerships;
        this.deliverables = deliverables;
        this.submissions = submissions;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    public DeliverableResponse create(UUID partnershipId, DeliverableRequest request) {
        Partnership partnership = partnerships.visible(partnershipId);
        if (partnership.status != ContractStatus.DRAFT) {
            throw ApiException.conflict("The contract is " + partnership.status
                    + "; deliverables are its terms and change only in DRAFT");
        }
        Deliverable deliverable = new Deliverable();
        deliverable.partnershipId = partnershipId;
        deliverable.kind = request.kind();
        deliverable.title = request.title().strip();
        deliverable.dueAt = request.dueAt().toInstant();
        deliverable.price = request.price().setScale(2);
        deliverable.status = DeliverableStatus.PENDING;
        deliverables.persist(deliverable);
        deliverables.flush();
        DeliverableResponse response = DeliverableResponse.from(deliverable);
        outbox.publish(partnership.agency, WebhookEventType.DELIVERABLE_CREATED, response);
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliverableResponse> list(UUID partnershipId, DeliverableStatus status, PageParams page) {
        partnerships.visible(partnershipId);
        return ListQuery.where()
                .and("partnershipId = :p", "p", partnershipId)
                .and("status = :status", "status", status)
                .page(deliverables, Sort.by("dueAt").and("id"), page)
                .map(DeliverableResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliverableResponse get(UUID partnershipId, UUID id) {
        return DeliverableResponse.from(find(partnershipId, id));
    }

    /** The partner's delivery: kept as a submission, and the deliverable shows it as the latest. */
    public SubmissionResponse submit(UUID partnershipId, UUID id, SubmissionRequest request) {
        Partnership partnership = partnerships.visible(partnershipId);
        Deliverable deliverable = find(partnershipId, id);
        if (partnership.status != ContractStatus.IN_FORCE) {
            throw ApiException.conflict("The contract is " + partnership.status
                    + "; deliverables are submitted while it is IN_FORCE");
        }
        if (deliverable.status == DeliverableStatus.ACCEPTED) {
            throw ApiException.conflict("The deliverable was accepted by " + deliverable.reviewedBy + "; it is final");
        }
        Instant now = clock.instant();
        DeliveryMetrics metrics = request.metrics() == null ? new DeliveryMetrics() : request.metrics().toEntity();
        DeliverableSubmission submission = new DeliverableSubmission();
        submission.id = UUID.randomUUID();
        submission.deliverableId = id;
        submission.link = request.link().strip();
        submission.deliveredAt = request.deliveredAt() == null ? now : request.deliveredAt().toInstant();
        submission.metrics = metrics;
        submission.submittedBy = caller.name();
        submission.submittedAt = now;
        submissions.persist(submission);

        deliverable.status = DeliverableStatus.SUBMITTED;
        deliverable.link = submission.link;
        deliverable.submittedAt = submission.deliveredAt;
        deliverable.submittedBy = submission.submittedBy;
        deliverable.metrics = copy(metrics);
        deliverables.flush();
        outbox.publish(partnership.agency, WebhookEventType.DELIVERABLE_SUBMITTED, DeliverableResponse.from(deliverable));
        return SubmissionResponse.from(submission);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubmissionResponse> submissions(UUID partnershipId, UUID id, PageParams page) {
        find(partnershipId, id);
        return ListQuery.where()
                .and("deliverableId = :d", "d", id)
                .page(submissions, Sort.by("submittedAt").and("id"), page)
                .map(SubmissionResponse::from);
    }

    public DeliverableResponse review(UUID partnershipId, UUID id, ReviewRequest request) {
        Partnership partnership = partnerships.visible(partnershipId);
        Deliverable deliverable = find(partnershipId, id);
        if (deliverable.status != DeliverableStatus.SUBMITTED) {
            throw ApiException.conflict("The deliverable is " + deliverable.status + "; only a SUBMITTED one is reviewed");
        }
        deliverable.status = request.decision() == ReviewRequest.Decision.ACCEPT
                ? DeliverableStatus.ACCEPTED : DeliverableStatus.REJECTED;
        deliverable.reviewedBy = caller.name();
        deliverable.reviewedAt = clock.instant();
        deliverable.reviewNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        deliverables.flush();
        DeliverableResponse response = DeliverableResponse.from(deliverable);
        outbox.publish(partnership.agency, WebhookEventType.DELIVERABLE_REVIEWED, response);
        return response;
    }

    private static DeliveryMetrics copy(DeliveryMetrics m) {
        DeliveryMetrics copy = new DeliveryMetrics();
        copy.plays = m.plays;
        copy.likes = m.likes;
        copy.comments = m.comments;
        copy.shares = m.shares;
        copy.orders = m.orders;
        copy.gmv = m.gmv;
        return copy;
    }

    /** The deliverable of a partnership the caller sees; 404 otherwise. */
    private Deliverable find(UUID partnershipId, UUID id) {
        partnerships.visible(partnershipId);
        Deliverable deliverable = deliverables.findById(id);
        if (deliverable == null || !deliverable.partnershipId.equals(partnershipId)) {
            throw ApiException.notFound("deliverable", id);
        }
        return deliverable;
    }
}

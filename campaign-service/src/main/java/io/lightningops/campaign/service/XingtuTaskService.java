package io.lightningops.campaign.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.ContractStatus;
import io.lightningops.campaign.domain.Deliverable;
import io.lightningops.campaign.domain.Partnership;
import io.lightningops.campaign.domain.WebhookEventType;
import io.lightningops.campaign.domain.XingtuTask;
import io.lightningops.campaign.domain.XingtuTaskStatus;
import io.lightningops.campaign.repository.DeliverableRepository;
import io.lightningops.campaign.repository.XingtuTaskRepository;
import io.lightningops.campaign.rest.XingtuTaskRequest;
import io.lightningops.campaign.rest.XingtuTaskResponse;
import io.lightningops.campaign.rest.XingtuTaskUpdate;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** Xingtu (星图) orders under a partnership, their price model, results and cost. */
@ApplicationScoped
@Transactional
public class XingtuTaskService {

    private final PartnershipService partnerships;
    private final XingtuTaskRepository tasks;
    private final DeliverableRepository deliverables;
    private final WebhookOutbox outbox;

    public XingtuTaskService(PartnershipService partnerships, XingtuTaskRepository tasks,
            DeliverableRepository deliverables, WebhookOutbox outbox) {
        this.partnerships = partnerships;
        this.tasks = tasks;
        this.deliverables = deliverables;
        this.outbox = outbox;
    }

    public XingtuTaskResponse create(UUID partnershipId, XingtuTaskRequest request) {
        Partnership partnership = partnerships.visible(partnershipId);
        if (partnership.status == ContractStatus.ARCHIVED) {
            throw ApiException.conflict("The partnership is ARCHIVED; no new orders go under it");
        }
        UUID deliverableId = Ids.parse("deliverableId", request.deliverableId());
        if (deliverableId != null) {
            Deliverable deliverable = deliverables.findById(deliverableId);
            if (deliverable == null || !deliverable.partnershipId.equals(partnershipId)) {
                throw ApiException.invalid("deliverableId", "must be a deliverable of this partnership");
            }
        }
        if (tasks.count("xingtuOrderId", request.xingtuOrderId()) > 0) {
            throw ApiException.conflict("Another task has the Xingtu order " + request.xingtuOrderId());
        }
        XingtuTask task = new XingtuTask();
        task.partnershipId = partnershipId;
        task.deliverableId = deliverableId;
        task.xingtuOrderId = request.xingtuOrderId();
        task.priceModel = request.priceModel();
        task.unitPrice = request.unitPrice().setScale(2);
        task.plannedUnits = request.plannedUnits();
        task.budgetCap = request.budgetCap() == null ? null : request.budgetCap().setScale(2);
        task.status = XingtuTaskStatus.ORDERED;
        tasks.persist(task);
        tasks.flush();
        XingtuTaskResponse response = XingtuTaskResponse.from(task);
        outbox.publish(partnership.agency, WebhookEventType.XINGTU_TASK_CREATED, response);
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<XingtuTaskResponse> list(UUID partnershipId, XingtuTaskStatus status, PageParams page) {
        partnerships.visible(partnershipId);
        return ListQuery.where()
                .and("partnershipId = :p", "p", partnershipId)
                .and("status = :status", "status", status)
                .page(tasks, Sort.by("createdAt").and("id"), page)
                .map(XingtuTaskResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public XingtuTaskResponse get(UUID partnershipId, UUID id) {
        return XingtuTaskResponse.from(find(partnershipId, id));
    }

    /** Records the order's status and cumulative results; the status moves only forward (409 otherwise). */
    public XingtuTaskResponse update(UUID partnershipId, UUID id, String ifMatch, XingtuTaskUpdate request) {
        Partnership partnership = partnerships.visible(partnershipId);
        XingtuTask task = find(partnershipId, id);
        ETags.requireMatch(ifMatch, task.version);
        if (request.status() != task.status && !task.status.next().contains(request.status())) {
            throw ApiException.conflict("A " + task.status + " order cannot become " + request.status()
                    + (task.status.next().isEmpty() ? "; it is final" : "; it can become "
                    + task.status.next().stream().sorted().toList()));
        }
        if (task.status == XingtuTaskStatus.SETTLED || task.status == XingtuTaskStatus.CANCELLED) {
            throw ApiException.conflict("The order is " + task.status + "; it is final");
        }
        task.status = request.status();
        task.videos = request.videos();
        task.impressions = request.impressions();
        task.engagements = request.engagements();
        task.actions = request.actions();
        tasks.flush();
        XingtuTaskResponse response = XingtuTaskResponse.from(task);
        outbox.publish(partnership.agency, WebhookEventType.XINGTU_TASK_UPDATED, response);
        return response;
    }

    private XingtuTask find(UUID partnershipId, UUID id) {
        partnerships.visible(partnershipId);
        XingtuTask task = tasks.findById(id);
        if (task == null || !task.partnershipId.equals(partnershipId)) {
            throw ApiException.notFound("Xingtu task", id);
        }
        return task;
    }
}

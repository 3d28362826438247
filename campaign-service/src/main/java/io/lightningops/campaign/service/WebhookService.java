package io.lightningops.campaign.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.campaign.domain.DeliveryStatus;
import io.lightningops.campaign.domain.WebhookDelivery;
import io.lightningops.campaign.domain.WebhookEvent;
import io.lightningops.campaign.domain.WebhookEventType;
import io.lightningops.campaign.domain.WebhookSubscription;
import io.lightningops.campaign.repository.WebhookDeliveryRepository;
import io.lightningops.campaign.repository.WebhookEventRepository;
import io.lightningops.campaign.repository.WebhookSubscriptionRepository;
import io.lightningops.campaign.rest.WebhookDeliveryResponse;
import io.lightningops.campaign.rest.WebhookRequest;
import io.lightningops.campaign.rest.WebhookResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** Agencies' webhook subscriptions and their delivery logs. A partner sees only its agency's; admin sees all. */
@ApplicationScoped
@Transactional
public class WebhookService {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEventRepository events;
    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final Caller caller;
    private final Clock clock;

    public WebhookService(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
            WebhookEventRepository events, WebhookSecrets secrets, WebhookTargets targets, Caller caller, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.events = events;
        this.secrets = secrets;
        this.targets = targets;
        this.caller = caller;
        this.clock = clock;
    }

    /** Registers an endpoint; the answer carries the signing secret, the only time it is shown. */
    public WebhookResponse create(WebhookRequest request) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.agency = agencyFor(request);
        subscription.createdBy = caller.name();
        String secret = secrets.generate();
        subscription.secretEncrypted = secrets.encrypt(secret);
        apply(subscription, request);
        subscriptions.persist(subscription);
        subscriptions.flush();
        return WebhookResponse.from(subscription, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookResponse> list(String agency, PageParams page) {
        String tenant = caller.tenant().orElse(agency);
        return ListQuery.where()
                .and("agency = :agency", "agency", tenant)
                .page(subscriptions, Sort.by("createdAt").and("id"), page)
                .map(s -> WebhookResponse.from(s, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookResponse get(UUID id) {
        return WebhookResponse.from(visible(id), null);
    }

    public WebhookResponse update(UUID id, String ifMatch, WebhookRequest request) {
        WebhookSubscription subscription = visible(id);
        ETags.requireMatch(ifMatch, subscription.version);
        if (request.agency() != null && !request.agency().equals(subscription.agency)) {
            throw ApiException.invalid("agency", "a subscription stays with its agency");
        }
        apply(subscription, request);
        subscriptions.flush();
        return WebhookResponse.from(subscription, null);
    }

    /** A new secret, shown once; the old one stops signing at once. */
    public WebhookResponse rotateSecret(UUID id) {
        WebhookSubscription subscription = visible(id);
        String secret = secrets.generate();
        subscription.secretEncrypted = secrets.encrypt(secret);
        subscriptions.flush();
        return WebhookResponse.from(subscription, secret);
    }

    /** Removes the subscription with its delivery log; events already sent stay sent. */
    public void delete(UUID id) {
        subscriptions.delete(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDeliveryResponse> deliveries(UUID id, DeliveryStatus status, PageParams page) {
        visible(id);
        Page<WebhookDelivery> found = ListQuery.where()
                .and("subscriptionId = :s", "s", id)
                .and("status = :status", "status", status)
                .page(deliveries, Sort.descending("createdAt").and("id"), page);
        List<UUID> eventIds = found.items().stream().map(d -> d.eventId).toList();
        Map<UUID, WebhookEvent> byId = eventIds.isEmpty() ? Map.of()
                : events.list("id in ?1", eventIds).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        return found.map(d -> WebhookDeliveryResponse.from(d, byId.get(d.eventId)));
    }

    /** Puts a DEAD delivery back in the queue, with a fresh set of attempts. */
    public WebhookDeliveryResponse redeliver(UUID id, UUID deliveryId) {
        visible(id);
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(id)) {
            throw ApiException.notFound("delivery", deliveryId);
        }
        if (delivery.status != DeliveryStatus.DEAD) {
            throw ApiException.conflict("The delivery is " + delivery.status + "; only a DEAD one is sent again");
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = clock.instant();
        deliveries.flush();
        return WebhookDeliveryResponse.from(delivery, events.findById(delivery.eventId));
    }

    private void apply(WebhookSubscription subscription, WebhookRequest request) {
        subscription.url = targets.check("url", request.url()).toString();
        Set<String> types = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String type : request.eventTypes()) {
            String name = type.strip();
            if (WebhookEventType.ofWire(name).isPresent()) {
                types.add(name);
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("eventTypes", "unknown " + unknown + "; must be among " + WebhookEventType.wireNames());
        }
        subscription.eventTypes = String.join(",", types);
        subscription.description = request.description() == null || request.description().isBlank()
                ? null : request.description().strip();
        subscription.active = request.active() == null || request.active();
    }

    /** A partner's own agency (it may repeat it, not name another); admin must name one. */
    private String agencyFor(WebhookRequest request) {
        return caller.tenant().map(own -> {
            if (request.agency() != null && !request.agency().equals(own)) {
                throw ApiException.invalid("agency", "must be your own agency (" + own + ") or left out");
            }
            return own;
        }).orElseGet(() -> {
            if (request.agency() == null) {
                throw ApiException.invalid("agency", "is required: the agency whose events the endpoint receives");
            }
            return request.agency();
        });
    }

    private WebhookSubscription visible(UUID id) {
        WebhookSubscription subscription = subscriptions.findById(id);
        if (subscription == null || !caller.sees(subscription.agency)) {
            throw ApiException.notFound("webhook", id);
        }
        return subscription;
    }
}

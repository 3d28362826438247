package io.lightningops.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lightningops.campaign.domain.DeliveryStatus;
import io.lightningops.campaign.domain.WebhookDelivery;
import io.lightningops.campaign.domain.WebhookEvent;
import io.lightningops.campaign.domain.WebhookEventType;
import io.lightningops.campaign.domain.WebhookSubscription;
import io.lightningops.campaign.repository.WebhookDeliveryRepository;
import io.lightningops.campaign.repository.WebhookEventRepository;
import io.lightningops.campaign.repository.WebhookSubscriptionRepository;

/**
 * Writes an event to the outbox in the caller's transaction (MANDATORY): the change and its event commit or roll
 * back together, and a restart loses nothing. One delivery row per active subscription of the agency that wants
 * the event type; the dispatcher sends them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookOutbox {

    private final WebhookEventRepository events;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookOutbox(WebhookEventRepository events, WebhookDeliveryRepository deliveries,
            WebhookSubscriptionRepository subscriptions, ObjectMapper json, Clock clock) {
        this.events = events;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.json = json;
        this.clock = clock;
    }

    /** Records {@code data} as an event of {@code agency}; nothing when the partnership belongs to no agency. */
    public void publish(String agency, WebhookEventType type, Object data) {
        if (agency == null) {
            return;
        }
        Instant now = clock.instant();
        WebhookEvent event = new WebhookEvent();
        event.id = UUID.randomUUID();
        event.agency = agency;
        event.type = type.wire();
        event.occurredAt = now;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id.toString());
        body.put("type", event.type);
        body.put("occurredAt", now.atOffset(ZoneOffset.UTC).toString());
        body.put("agency", agency);
        body.put("data", data);
        try {
            event.payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the event " + type.wire(), e);
        }
        events.persist(event);
        for (WebhookSubscription subscription : subscriptions.list("agency = ?1 and active = true", agency)) {
            if (subscription.eventTypeList().contains(event.type)) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.id = UUID.randomUUID();
                delivery.subscriptionId = subscription.id;
                delivery.eventId = event.id;
                delivery.status = DeliveryStatus.PENDING;
                delivery.nextAttemptAt = now;
                delivery.createdAt = now;
                deliveries.persist(delivery);
            }
        }
    }
}

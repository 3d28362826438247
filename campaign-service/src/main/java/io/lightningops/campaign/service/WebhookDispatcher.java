package io.lightningops.campaign.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import io.lightningops.campaign.config.WebhookConfig;
import io.lightningops.campaign.domain.DeliveryStatus;
import io.lightningops.campaign.domain.WebhookDelivery;
import io.lightningops.campaign.domain.WebhookEvent;
import io.lightningops.campaign.domain.WebhookSubscription;
import io.lightningops.campaign.repository.WebhookDeliveryRepository;
import io.lightningops.campaign.repository.WebhookEventRepository;
import io.lightningops.campaign.repository.WebhookSubscriptionRepository;

/**
 * Sends due deliveries from the outbox. Each batch is one transaction that claims its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas never send the same delivery at once; a replica that dies mid-batch
 * rolls back and the rows are sent again (at least once: receivers dedupe on the event id). A failure is retried
 * after base x 2^(attempts - 1), at most backoff-max, until max-attempts make it DEAD.
 */
@ApplicationScoped
public class WebhookDispatcher {

    public static final String ID_HEADER = "Lightning-Webhook-Id";
    public static final String EVENT_HEADER = "Lightning-Webhook-Event";
    public static final String TIMESTAMP_HEADER = "Lightning-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Lightning-Webhook-Signature";

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final String CLAIM = "SELECT d.id FROM webhook_deliveries d "
            + "JOIN webhook_subscriptions s ON s.id = d.subscription_id "
            + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND s.active "
            + "ORDER BY d.next_attempt_at LIMIT :limit FOR UPDATE OF d SKIP LOCKED";

    private final WebhookConfig config;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEventRepository events;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final Clock clock;
    private final HttpClient http;

    public WebhookDispatcher(WebhookConfig config, WebhookDeliveryRepository deliveries, WebhookEventRepository events,
            WebhookSubscriptionRepository subscriptions, WebhookSecrets secrets, WebhookTargets targets, Clock clock) {
        this.config = config;
        this.deliveries = deliveries;
        this.events = events;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.targets = targets;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${lightning.webhooks.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            while (dispatchDue() == config.batchSize()) {
                // a full batch: there may be more due right now
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch failed, retried on the next run: %s", e.toString());
        }
    }

    /** Claims and sends one batch of due deliveries; the number claimed. */
    public int dispatchDue() {
        int timeout = (int) (config.requestTimeout().plus(config.connectTimeout()).toSeconds() * config.batchSize() + 30);
        return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> {
            EntityManager em = deliveries.getEntityManager();
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery(CLAIM, UUID.class)
                    .setParameter("now", clock.instant())
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            List<WebhookDelivery> due = deliveries.list("id in ?1", ids);
            Map<UUID, WebhookEvent> eventsById = events.list("id in ?1", due.stream().map(d -> d.eventId).toList())
                    .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
            Map<UUID, WebhookSubscription> subscriptionsById = subscriptions
                    .list("id in ?1", due.stream().map(d -> d.subscriptionId).distinct().toList())
                    .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            for (WebhookDelivery delivery : due) {
                attempt(delivery, eventsById.get(delivery.eventId), subscriptionsById.get(delivery.subscriptionId));
            }
            return ids.size();
        });
    }

    private void attempt(WebhookDelivery delivery, WebhookEvent event, WebhookSubscription subscription) {
        Instant now = clock.instant();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatusCode = null;
        String error;
        try {
            URI uri = URI.create(subscription.url);
            String refusal = targets.refusal(uri.getHost());
            if (refusal != null) {
                error = "Not sent: the URL " + refusal;
            } else {
                long timestamp = now.getEpochSecond();
                String signature = WebhookSecrets.sign(secrets.decrypt(subscription.secretEncrypted), timestamp,
                        event.payload);
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .timeout(config.requestTimeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "lightning-ops-webhooks/1")
                        .header(ID_HEADER, event.id.toString())
                        .header(EVENT_HEADER, event.type)
                        .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                        .header(SIGNATURE_HEADER, "sha256=" + signature)
                        .POST(HttpRequest.BodyPublishers.ofString(event.payload, StandardCharsets.UTF_8))
                        .build();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                delivery.lastStatusCode = response.statusCode();
                if (response.statusCode() / 100 == 2) {
                    delivery.status = DeliveryStatus.DELIVERED;
                    delivery.deliveredAt = now;
                    delivery.nextAttemptAt = null;
                    delivery.lastError = null;
                    return;
                }
                error = "The endpoint answered " + response.statusCode();
            }
        } catch (IOException | IllegalArgumentException e) {
            error = "No answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted";
        }
        delivery.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (delivery.attempts >= config.maxAttempts()) {
            delivery.status = DeliveryStatus.DEAD;
            delivery.nextAttemptAt = null;
        } else {
            delivery.nextAttemptAt = now.plus(backoff(config.backoffBase(), config.backoffMax(), delivery.attempts));
        }
    }

    /** The wait after the n-th failed attempt: base x 2^(n-1), at most max. */
    static Duration backoff(Duration base, Duration max, int failedAttempts) {
        Duration wait = base;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}

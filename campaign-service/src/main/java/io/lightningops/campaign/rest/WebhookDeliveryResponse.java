package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.DeliveryStatus;
import io.lightningops.campaign.domain.WebhookDelivery;
import io.lightningops.campaign.domain.WebhookEvent;
import io.lightningops.defaults.http.Times;
import io.lightningops.defaults.http.Ids;

@Schema(name = "WebhookDelivery", description = "One event on its way to the endpoint: the delivery log's entry")
public record WebhookDeliveryResponse(
        String id,
        @Schema(description = "The event id, sent as Lightning-Webhook-Id on every attempt") String eventId,
        @Schema(example = "deliverable.submitted") String eventType,
        DeliveryStatus status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime lastAttemptAt,
        @Schema(description = "HTTP status of the last attempt; absent if it got no answer") Integer lastStatusCode,
        String lastError,
        OffsetDateTime deliveredAt,
        OffsetDateTime createdAt) {

    public static WebhookDeliveryResponse from(WebhookDelivery d, WebhookEvent e) {
        return new WebhookDeliveryResponse(Ids.format(d.id), Ids.format(d.eventId), e == null ? null : e.type, d.status,
                d.attempts, Times.utc(d.nextAttemptAt), Times.utc(d.lastAttemptAt),
                d.lastStatusCode, d.lastError, Times.utc(d.deliveredAt), Times.utc(d.createdAt));
    }
}

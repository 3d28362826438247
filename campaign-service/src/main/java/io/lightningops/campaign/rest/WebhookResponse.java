package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.WebhookSubscription;
import io.lightningops.defaults.http.Times;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Webhook", description = "A webhook subscription. The secret appears once, in the answer that made it "
        + "(create or secret rotation), never again.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookResponse(
        String id,
        @Schema(example = "alpha") String agency,
        String url,
        List<String> eventTypes,
        String description,
        boolean active,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version,
        @Schema(description = "The signing secret; only in the answer that made it. Verify each delivery with "
                + "HMAC-SHA256(secret, Lightning-Webhook-Timestamp + \".\" + body) = Lightning-Webhook-Signature (after "
                + "\"sha256=\")", example = "whsec_3q2-7wQ9...") String secret) {

    public static WebhookResponse from(WebhookSubscription s, String secret) {
        return new WebhookResponse(Ids.format(s.id), s.agency, s.url, s.eventTypeList(), s.description, s.active,
                s.createdBy, Times.utc(s.createdAt), Times.utc(s.updatedAt), s.version, secret);
    }
}

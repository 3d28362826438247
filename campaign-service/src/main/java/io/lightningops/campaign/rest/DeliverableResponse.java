package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.Deliverable;
import io.lightningops.campaign.domain.DeliverableKind;
import io.lightningops.campaign.domain.DeliverableStatus;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Deliverable", description = "What a partner owes, its latest submission and the brand's review")
public record DeliverableResponse(
        String id,
        String partnershipId,
        DeliverableKind kind,
        String title,
        OffsetDateTime dueAt,
        @Money @Schema(type = SchemaType.STRING, example = "6000.00") BigDecimal price,
        DeliverableStatus status,
        @Schema(description = "The delivered link of the latest submission") String link,
        OffsetDateTime submittedAt,
        String submittedBy,
        DeliveryMetricsBody metrics,
        String reviewedBy,
        OffsetDateTime reviewedAt,
        String reviewNote,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    public static DeliverableResponse from(Deliverable d) {
        return new DeliverableResponse(Ids.format(d.id), Ids.format(d.partnershipId), d.kind, d.title, at(d.dueAt),
                d.price, d.status, d.link, at(d.submittedAt), d.submittedBy, DeliveryMetricsBody.from(d.metrics),
                d.reviewedBy, at(d.reviewedAt), d.reviewNote, at(d.createdAt), at(d.updatedAt), d.version);
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

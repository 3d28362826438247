package io.lightningops.campaign.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.Deliverable;
import io.lightningops.campaign.domain.DeliverableKind;
import io.lightningops.campaign.domain.DeliverableStatus;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

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
        return new DeliverableResponse(Ids.format(d.id), Ids.format(d.partnershipId), d.kind, d.title, Times.utc(d.dueAt),
                d.price, d.status, d.link, Times.utc(d.submittedAt), d.submittedBy, DeliveryMetricsBody.from(d.metrics),
                d.reviewedBy, Times.utc(d.reviewedAt), d.reviewNote, Times.utc(d.createdAt), Times.utc(d.updatedAt), d.version);
    }

}

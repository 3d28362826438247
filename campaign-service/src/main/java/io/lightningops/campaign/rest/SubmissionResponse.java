package io.lightningops.campaign.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.campaign.domain.DeliverableSubmission;
import io.lightningops.defaults.http.Times;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Submission", description = "One submission of a deliverable")
public record SubmissionResponse(String id, String deliverableId, String link, OffsetDateTime deliveredAt,
        DeliveryMetricsBody metrics, String submittedBy, OffsetDateTime submittedAt) {

    public static SubmissionResponse from(DeliverableSubmission s) {
        return new SubmissionResponse(Ids.format(s.id), Ids.format(s.deliverableId), s.link,
                Times.utc(s.deliveredAt), DeliveryMetricsBody.from(s.metrics), s.submittedBy,
                Times.utc(s.submittedAt));
    }
}

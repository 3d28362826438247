package io.lightningops.content.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.VideoStatus;
import io.lightningops.content.domain.VideoTransition;

@Schema(name = "VideoTransition", description = "One status change of a video")
public record TransitionResponse(
        @Schema(description = "The status before; null for the creation") VideoStatus from,
        VideoStatus to,
        @Schema(description = "Who: the token username, or for a review's decision the reviewer risk-service recorded",
                example = "operator") String by,
        OffsetDateTime at,
        @Schema(example = "risk scan: BLOCK (1 finding)") String note,
        @Schema(description = "The scan's findings, for a submit") List<FindingView> findings,
        @Schema(description = "The review in risk-service, for IN_REVIEW and its outcome") String reviewId) {

    public static TransitionResponse from(VideoTransition t) {
        return new TransitionResponse(t.from, t.to, t.actor, VideoResponse.utc(t.at), t.note, FindingView.from(t.findings),
                t.reviewId);
    }
}

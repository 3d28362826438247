package io.lightningops.risk.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;
import io.lightningops.risk.domain.Decision;
import io.lightningops.risk.domain.Review;
import io.lightningops.risk.domain.ReviewDecision;
import io.lightningops.risk.domain.ReviewLevel;
import io.lightningops.risk.domain.ReviewStatus;

@Schema(name = "Review", description = "A three-level review of a piece of content and its decision trail")
public record ReviewResponse(
        @Schema(example = "7a3d9c2e-1b4f-4e6a-8c5d-2f1e0a9b8c7d") String id,
        @Schema(example = "VIDEO") String contentType,
        @Schema(example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f") String contentRef,
        String title,
        String text,
        List<FindingBody> findings,
        @Schema(description = "OPEN until a level rejects it (REJECTED) or the final level approves it (APPROVED)")
        ReviewStatus status,
        @Schema(description = "The level whose decision the review awaits; null once closed")
        ReviewLevel level,
        @Schema(description = "The level whose approval closes the review (configuration; LEGAL by default)")
        ReviewLevel finalLevel,
        @Schema(description = "Who opened it (token username)", example = "operator") String openedBy,
        @Schema(description = "Every decision, oldest first") List<DecisionView> decisions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "When the review was approved or rejected; null while open") OffsetDateTime closedAt,
        @Schema(description = "Version; the ETag of the review", example = "0") long version) {

    @Schema(name = "ReviewDecision", description = "One decision of the trail")
    public record DecisionView(
            ReviewLevel level,
            Decision decision,
            @Schema(example = "“最佳”已改为“优质”") String reason,
            @Schema(description = "Who decided (token username)", example = "compliance") String decidedBy,
            OffsetDateTime decidedAt) {

        static DecisionView from(ReviewDecision decision) {
            return new DecisionView(decision.level, decision.decision, decision.reason, decision.decidedBy,
                    Times.utc(decision.decidedAt));
        }
    }

    public static ReviewResponse from(Review review, ReviewLevel finalLevel) {
        return new ReviewResponse(Ids.format(review.id), review.contentType, review.contentRef, review.title,
                review.text, review.findings.stream().map(FindingBody::from).toList(), review.status, review.level,
                finalLevel, review.openedBy, review.decisions.stream().map(DecisionView::from).toList(),
                Times.utc(review.createdAt), Times.utc(review.updatedAt), Times.utc(review.closedAt), review.version);
    }
}

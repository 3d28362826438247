package io.lightningops.risk.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;

import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.security.Roles;
import io.lightningops.risk.config.ReviewConfig;
import io.lightningops.risk.domain.Decision;
import io.lightningops.risk.domain.Review;
import io.lightningops.risk.domain.ReviewDecision;
import io.lightningops.risk.domain.ReviewFinding;
import io.lightningops.risk.domain.ReviewLevel;
import io.lightningops.risk.domain.ReviewStatus;
import io.lightningops.risk.repository.ReviewRepository;
import io.lightningops.risk.rest.DecisionRequest;
import io.lightningops.risk.rest.ReviewRequest;
import io.lightningops.risk.rest.ReviewResponse;
import io.lightningops.defaults.security.CurrentUser;

/**
 * The three-level review: SELF_CHECK → COMPLIANCE → LEGAL. An approval moves the review to the next
 * level, the final level's approval closes it APPROVED, any rejection closes it REJECTED.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    private final ReviewRepository reviews;
    private final ReviewLevel finalLevel;
    private final CurrentUser user;
    private final Clock clock;

    public ReviewService(ReviewRepository reviews, ReviewConfig config, CurrentUser user, Clock clock) {
        this.reviews = reviews;
        this.finalLevel = config.finalLevel();
        this.user = user;
        this.clock = clock;
    }

    public ReviewResponse open(ReviewRequest request) {
        ReviewLevel start = request.level() == null ? ReviewLevel.SELF_CHECK : request.level();
        if (start.compareTo(finalLevel) > 0) {
            throw ApiException.invalid("level", "must not come after the final level " + finalLevel);
        }
        List<ReviewFinding> findings = request.findingEntities();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).end <= findings.get(i).start) {
                throw ApiException.invalid("findings[" + i + "].end", "must be greater than start");
            }
        }
        Review review = new Review();
        review.contentType = request.contentType();
        review.contentRef = request.contentRef().strip();
        review.title = request.title();
        review.text = request.text();
        review.findings.addAll(findings);
        review.status = ReviewStatus.OPEN;
        review.level = start;
        review.openedBy = user.name();
        reviews.persist(review);
        reviews.flush();
        return respond(review);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewResponse> list(ReviewStatus status, String contentRef, String contentType, ReviewLevel level,
            PageParams page) {
        return ListQuery.where()
                .and("status = :status", "status", status)
                .and("contentRef = :contentRef", "contentRef", contentRef)
                .and("contentType = :contentType", "contentType", contentType)
                .and("level = :level", "level", level)
                .page(reviews, Sort.descending("createdAt").and("id"), page)
                .map(this::respond);
    }

    /** Records a decision at the level the review awaits; {@code ifMatch} is optional here. */
    public ReviewResponse decide(UUID id, String ifMatch, DecisionRequest request) {
        // the self-check is the creator's own; the compliance and legal levels are the compliance team's
        if (request.level() != ReviewLevel.SELF_CHECK && !user.hasAnyRole(Roles.ADMIN, Roles.COMPLIANCE)) {
            throw new ForbiddenException("Only admin and compliance decide at " + request.level());
        }
        Review review = find(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, review.version);
        }
        if (review.status != ReviewStatus.OPEN) {
            throw ApiException.conflict("The review is closed (" + review.status + ") and takes no more decisions");
        }
        if (request.level() != review.level) {
            throw ApiException.conflict("The review awaits a decision at " + review.level + ", not at " + request.level());
        }
        ReviewDecision decision = new ReviewDecision();
        decision.level = request.level();
        decision.decision = request.decision();
        decision.reason = request.reason().strip();
        decision.decidedBy = user.name();
        decision.decidedAt = clock.instant();
        review.decisions.add(decision);
        if (request.decision() == Decision.REJECT) {
            close(review, ReviewStatus.REJECTED, decision);
        } else if (review.level == finalLevel) {
            close(review, ReviewStatus.APPROVED, decision);
        } else {
            review.level = review.level.next();
        }
        reviews.flush();
        return respond(review);
    }

    private static void close(Review review, ReviewStatus status, ReviewDecision decision) {
        review.status = status;
        review.level = null;
        review.closedAt = decision.decidedAt;
    }

    private ReviewResponse respond(Review review) {
        return ReviewResponse.from(review, finalLevel);
    }

    private Review find(UUID id) {
        Review review = reviews.findById(id);
        if (review == null) {
            throw ApiException.notFound("review", id);
        }
        return review;
    }
}

package io.lightningops.content.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import io.lightningops.content.client.PeerRefusedException;
import io.lightningops.content.client.PeerUnavailableException;
import io.lightningops.content.client.RiskClient;
import io.lightningops.content.config.VideoConfig;
import io.lightningops.content.repository.VideoRepository;

/**
 * Follows IN_REVIEW videos: every {@code lightning.videos.review-poll.every} it claims a batch of them (rows
 * another replica is claiming are skipped, and a lease keeps replicas from asking about the same video at once),
 * asks risk-service about each review with content-service's own token, and moves the decided ones on. Moving is
 * idempotent (row lock, status and review id checked), so a video two replicas both ask about moves once.
 */
@ApplicationScoped
public class ReviewPoller {

    private static final Logger LOG = Logger.getLogger(ReviewPoller.class);

    private final VideoRepository videos;
    private final VideoSubmission submission;
    private final RiskClient risk;
    private final VideoConfig config;

    public ReviewPoller(VideoRepository videos, VideoSubmission submission, RiskClient risk, VideoConfig config) {
        this.videos = videos;
        this.submission = submission;
        this.risk = risk;
        this.config = config;
    }

    @Scheduled(identity = "review-poller", every = "${lightning.videos.review-poll.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        followReviews();
    }

    /** One run: how many videos moved on. */
    public int followReviews() {
        VideoConfig.ReviewPoll poll = config.reviewPoll();
        List<VideoRepository.ReviewClaim> claims = QuarkusTransaction.requiringNew()
                .call(() -> videos.claimForReviewCheck(poll.batchSize(), poll.lease()));
        int moved = 0;
        for (VideoRepository.ReviewClaim claim : claims) {
            try {
                if (submission.follow(claim.videoId(), claim.reviewId(), risk.reviewAsService(claim.reviewId())).isPresent()) {
                    moved++;
                }
            } catch (CircuitBreakerOpenException e) {
                LOG.warnf("risk-service's circuit is open; the review poller tries again next run");
                break;
            } catch (PeerUnavailableException | PeerRefusedException | FaultToleranceException e) {
                LOG.warnf("Review %s of video %s not checked: %s", claim.reviewId(), claim.videoId(), e.getMessage());
            }
        }
        if (moved > 0) {
            LOG.infof("Review poller moved %d of %d IN_REVIEW videos on", moved, claims.size());
        }
        return moved;
    }
}

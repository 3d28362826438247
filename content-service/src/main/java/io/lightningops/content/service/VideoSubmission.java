package io.lightningops.content.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import io.lightningops.content.client.PeerRefusedException;
import io.lightningops.content.client.PeerUnavailableException;
import io.lightningops.content.client.Review;
import io.lightningops.content.client.ReviewOpening;
import io.lightningops.content.client.RiskClient;
import io.lightningops.content.client.ScanFinding;
import io.lightningops.content.client.ScanResult;
import io.lightningops.content.domain.Finding;
import io.lightningops.content.domain.Video;
import io.lightningops.content.domain.VideoStatus;
import io.lightningops.content.repository.VideoRepository;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Submitting a video: its title and script are scanned by risk-service with the caller's token, and the verdict
 * decides — PASS approves, BLOCK rejects with the findings, REVIEW opens a review in risk-service and waits for it.
 * No transaction is held while risk-service works; the result is applied by {@link VideoWorkflow} only to the
 * version that was scanned. If risk-service cannot answer, the video stays as it was: nothing is ever approved
 * unscanned.
 */
@ApplicationScoped
public class VideoSubmission {

    private static final Logger LOG = Logger.getLogger(VideoSubmission.class);

    private final VideoRepository videos;
    private final VideoWorkflow workflow;
    private final RiskClient risk;

    public VideoSubmission(VideoRepository videos, VideoWorkflow workflow, RiskClient risk) {
        this.videos = videos;
        this.workflow = workflow;
        this.risk = risk;
    }

    public Video submit(UUID id, String ifMatch) {
        Video video = videos.findById(id);
        if (video == null) {
            throw ApiException.notFound("video", id);
        }
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, video.version);
        }
        if (video.status != VideoStatus.DRAFT && video.status != VideoStatus.REJECTED) {
            throw ApiException.conflict("Only a DRAFT or REJECTED video can be submitted; this one is " + video.status);
        }
        String title = video.title;
        String script = video.script;
        long version = video.version;
        List<ScanResult> results = unlessUnavailable(() -> risk.scan(List.of(title, script)));
        List<Finding> findings = new ArrayList<>();
        results.get(0).findingsOrNone().forEach(f -> findings.add(finding(Finding.TITLE, f)));
        results.get(1).findingsOrNone().forEach(f -> findings.add(finding(Finding.SCRIPT, f)));
        String verdict = verdict(results.get(0).verdict(), results.get(1).verdict());
        VideoWorkflow.ScanOutcome outcome = switch (verdict) {
            case ScanResult.PASS -> new VideoWorkflow.ScanOutcome(VideoStatus.APPROVED, findings, null, "risk scan: PASS");
            case ScanResult.BLOCK -> new VideoWorkflow.ScanOutcome(VideoStatus.REJECTED, findings, null,
                    "risk scan: BLOCK (" + count(findings, ScanResult.BLOCK) + " blocking of " + findings.size() + " findings)");
            default -> {
                // the key is the video and the version scanned: a retried submit finds the review it opened
                Review review = unlessUnavailable(() -> risk.openReview("video-" + id + "-v" + version,
                        ReviewOpening.ofVideo(id.toString(), title, script, results.get(0).findingsOrNone(),
                                results.get(1).findingsOrNone())));
                yield new VideoWorkflow.ScanOutcome(VideoStatus.IN_REVIEW, findings, review.id(),
                        "risk scan: REVIEW (" + findings.size() + " findings); review " + review.id() + " opened");
            }
        };
        return workflow.recordScan(id, version, outcome);
    }

    /**
     * An IN_REVIEW video as its review now stands: asked with the caller's token when someone reads the video,
     * at most a short wait; if risk-service cannot say, the stored state is served and the poller catches up.
     */
    public Video refresh(Video video) {
        if (video.status != VideoStatus.IN_REVIEW || video.reviewId == null) {
            return video;
        }
        try {
            return follow(video.id, video.reviewId, risk.review(video.reviewId)).orElse(video);
        } catch (PeerUnavailableException | PeerRefusedException | FaultToleranceException e) {
            LOG.debugf("Review %s of video %s not refreshed: %s", video.reviewId, video.id, e.getMessage());
            return video;
        }
    }

    /** Applies a closed review to its video; empty while the review is open or if the video had moved on already. */
    Optional<Video> follow(UUID videoId, String reviewId, Review review) {
        VideoStatus to = switch (review.status() == null ? "" : review.status()) {
            case Review.APPROVED -> VideoStatus.APPROVED;
            case Review.REJECTED -> VideoStatus.REJECTED;
            default -> null;
        };
        if (to == null) {
            return Optional.empty();
        }
        Review.Decision last = review.lastDecision();
        String note = "review " + reviewId + " " + review.status()
                + (last == null ? "" : " at " + last.level() + (last.reason() == null ? "" : ": " + last.reason()));
        return Optional.ofNullable(workflow.applyReview(videoId, reviewId, to, last == null ? null : last.decidedBy(), note));
    }

    private static <T> T unlessUnavailable(Supplier<T> call) {
        try {
            return call.get();
        } catch (PeerUnavailableException | FaultToleranceException e) {
            LOG.warnf("risk-service unavailable at submit: %s", e.getMessage());
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE,
                    "risk-service, which must scan the title and script, is unavailable; the video was not changed, "
                            + "submit it again later");
        } catch (PeerRefusedException e) {
            LOG.warnf("risk-service refused the submit's call: %s", e.getMessage());
            throw new ApiException(ProblemType.BAD_GATEWAY,
                    "risk-service refused the scan or review (status " + e.status() + "); the video was not changed");
        }
    }

    private static String verdict(String title, String script) {
        if (ScanResult.BLOCK.equals(title) || ScanResult.BLOCK.equals(script)) {
            return ScanResult.BLOCK;
        }
        if (ScanResult.REVIEW.equals(title) || ScanResult.REVIEW.equals(script)) {
            return ScanResult.REVIEW;
        }
        if (ScanResult.PASS.equals(title) && ScanResult.PASS.equals(script)) {
            return ScanResult.PASS;
        }
        // a verdict we do not know must never approve
        throw new ApiException(ProblemType.BAD_GATEWAY, "risk-service answered an unknown verdict; the video was not changed");
    }

    private static long count(List<Finding> findings, String severity) {
        return findings.stream().filter(f -> severity.equals(f.severity())).count();
    }

    private static Finding finding(String field, ScanFinding f) {
        return new Finding(field, f.term(), f.category(), f.severity(), f.start(), f.end(), f.suggestion());
    }
}

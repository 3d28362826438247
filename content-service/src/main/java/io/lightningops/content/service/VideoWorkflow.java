package io.lightningops.content.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import io.lightningops.content.domain.Finding;
import io.lightningops.content.domain.Video;
import io.lightningops.content.domain.VideoStatus;
import io.lightningops.content.domain.VideoTransition;
import io.lightningops.content.repository.VideoRepository;
import io.lightningops.content.repository.VideoTransitionRepository;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.Failures;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Every status change of a video, each in a transaction that holds the video's row lock, checks the move against
 * {@link VideoStatus#canMoveTo} and writes the history entry with it. Calls to other services happen before, in
 * {@link VideoSubmission}; what they decided is applied here only if the video is still what was sent.
 */
@ApplicationScoped
@Transactional
public class VideoWorkflow {

    static final String SYSTEM = "content-service";

    private final VideoRepository videos;
    private final VideoTransitionRepository transitions;
    private final SecurityIdentity identity;

    public VideoWorkflow(VideoRepository videos, VideoTransitionRepository transitions, SecurityIdentity identity) {
        this.videos = videos;
        this.transitions = transitions;
        this.identity = identity;
    }

    /** The outcome of a submit's scan, for the version that was scanned. */
    public record ScanOutcome(VideoStatus status, List<Finding> findings, String reviewId, String note) {
    }

    /** Applies a scan of version {@code scannedVersion}; 409 if the video changed meanwhile (the scan is of old text). */
    public Video recordScan(UUID id, long scannedVersion, ScanOutcome outcome) {
        Video video = locked(id);
        if (video.version != scannedVersion) {
            throw ApiException.conflict("The video was changed while its text was being scanned; submit it again");
        }
        video.findings = outcome.findings();
        video.reviewId = outcome.reviewId();
        move(video, outcome.status(), caller(), outcome.note(), outcome.findings(), outcome.reviewId());
        return flushed(video);
    }

    /**
     * Moves an IN_REVIEW video on by its review's decision; null if there was nothing to do (moved already, or the
     * video waits for another review).
     */
    public Video applyReview(UUID id, String reviewId, VideoStatus to, String decidedBy, String note) {
        Video video = locked(id);
        if (video.status != VideoStatus.IN_REVIEW || !reviewId.equals(video.reviewId)) {
            return null;
        }
        move(video, to, decidedBy == null ? SYSTEM : decidedBy, note, null, reviewId);
        return flushed(video);
    }

    public Video schedule(UUID id, String ifMatch, Instant publishAt, String note) {
        if (!publishAt.isAfter(Instant.now())) {
            throw ApiException.invalid("publishAt", "must be in the future");
        }
        return scheduled(lockedMatching(id, ifMatch), publishAt, note);
    }

    /** Schedules a video a calendar plan proposed; 409 if it is no longer APPROVED (another plan or person took it). */
    public Video schedulePlanned(UUID id, Instant publishAt, String note) {
        Video video = locked(id);
        if (video.status != VideoStatus.APPROVED) {
            throw ApiException.conflict("The video " + id + " is no longer APPROVED (it is " + video.status
                    + "); propose the plan again");
        }
        return scheduled(video, publishAt, note);
    }

    private Video scheduled(Video video, Instant publishAt, String note) {
        requireMove(video, VideoStatus.SCHEDULED);
        if (videos.slotTaken(video.accountId, publishAt, video.id)) {
            throw ApiException.conflict("Another video of this account is already in the slot " + publishAt);
        }
        video.publishAt = publishAt;
        move(video, VideoStatus.SCHEDULED, caller(), note, null, null);
        return flushed(video);
    }

    public Video unschedule(UUID id, String ifMatch) {
        Video video = lockedMatching(id, ifMatch);
        if (video.status != VideoStatus.SCHEDULED) {
            throw illegal(video, VideoStatus.APPROVED);
        }
        video.publishAt = null;
        move(video, VideoStatus.APPROVED, caller(), "unscheduled", null, null);
        return flushed(video);
    }

    public Video publish(UUID id, String ifMatch, String douyinItemId) {
        Video video = lockedMatching(id, ifMatch);
        requireMove(video, VideoStatus.PUBLISHED);
        if (videos.count("douyinItemId = ?1 and id <> ?2", douyinItemId, video.id) > 0) {
            throw ApiException.conflict("Another video was published as the Douyin item " + douyinItemId);
        }
        video.douyinItemId = douyinItemId;
        video.publishedAt = Instant.now();
        move(video, VideoStatus.PUBLISHED, caller(), "published as Douyin item " + douyinItemId, null, null);
        return flushed(video);
    }

    public Video retire(UUID id, String ifMatch, String note) {
        Video video = lockedMatching(id, ifMatch);
        requireMove(video, VideoStatus.RETIRED);
        if (video.status == VideoStatus.SCHEDULED) {
            video.publishAt = null;
        }
        move(video, VideoStatus.RETIRED, caller(), note, null, null);
        return flushed(video);
    }

    /** Writes the history entry of a move; the caller has checked the move and holds the row. */
    void move(Video video, VideoStatus to, String actor, String note, List<Finding> findings, String reviewId) {
        requireMove(video, to);
        record(video.id, video.status, to, actor, note, findings, reviewId);
        video.status = to;
    }

    /** A history entry (also the creation, from null). */
    void record(UUID videoId, VideoStatus from, VideoStatus to, String actor, String note, List<Finding> findings,
            String reviewId) {
        VideoTransition t = new VideoTransition();
        t.id = UUID.randomUUID();
        t.videoId = videoId;
        t.from = from;
        t.to = to;
        t.actor = actor;
        t.at = Instant.now();
        t.note = note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note;
        t.findings = findings;
        t.reviewId = reviewId;
        transitions.persist(t);
    }

    String caller() {
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    static ApiException illegal(Video video, VideoStatus to) {
        return ApiException.conflict("A " + video.status + " video cannot become " + to + allowedHint(video.status));
    }

    private static String allowedHint(VideoStatus from) {
        List<String> next = Arrays.stream(VideoStatus.values()).filter(from::canMoveTo).map(Enum::name).toList();
        return next.isEmpty() ? "; it is final" : "; from " + from + " it can become " + String.join(", ", next);
    }

    private static void requireMove(Video video, VideoStatus to) {
        if (!video.status.canMoveTo(to)) {
            throw illegal(video, to);
        }
    }

    private Video locked(UUID id) {
        Video video = videos.lock(id);
        if (video == null) {
            throw ApiException.notFound("video", id);
        }
        return video;
    }

    private Video lockedMatching(UUID id, String ifMatch) {
        Video video = locked(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, video.version);
        }
        return video;
    }

    /** Flushes, so that a slot or Douyin item taken by a concurrent request is a 409 here, not at commit. */
    private Video flushed(Video video) {
        try {
            videos.flush();
        } catch (PersistenceException e) {
            if (Failures.classify(e) == ProblemType.CONFLICT) {
                throw ApiException.conflict("Another video took this slot or Douyin item at the same moment; read the "
                        + "calendar and choose again");
            }
            throw e;
        }
        return video;
    }
}

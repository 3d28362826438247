package io.lightningops.content.service;

import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.content.domain.Video;
import io.lightningops.content.domain.VideoStatus;
import io.lightningops.content.repository.AccountRepository;
import io.lightningops.content.repository.VideoRepository;
import io.lightningops.content.repository.VideoTransitionRepository;
import io.lightningops.content.rest.TransitionResponse;
import io.lightningops.content.rest.VideoRequest;
import io.lightningops.content.rest.VideoResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/**
 * Videos of the brand's accounts: created as drafts, edited, and their history. The status changes are
 * {@link VideoWorkflow}'s; an edit of the title or script of an approved (or scheduled, or rejected) video is one
 * too: it goes back to DRAFT, so no text is ever published that risk-service has not scanned.
 */
@ApplicationScoped
@Transactional
public class VideoService {

    private final VideoRepository videos;
    private final AccountRepository accounts;
    private final VideoTransitionRepository transitions;
    private final VideoWorkflow workflow;
    private final VideoSubmission submission;

    public VideoService(VideoRepository videos, AccountRepository accounts, VideoTransitionRepository transitions,
            VideoWorkflow workflow, VideoSubmission submission) {
        this.videos = videos;
        this.accounts = accounts;
        this.transitions = transitions;
        this.workflow = workflow;
        this.submission = submission;
    }

    public VideoResponse create(VideoRequest request) {
        Video video = new Video();
        video.status = VideoStatus.DRAFT;
        apply(video, request);
        videos.persist(video);
        videos.flush();
        workflow.record(video.id, null, VideoStatus.DRAFT, workflow.caller(), "created", null, null);
        return VideoResponse.from(video);
    }

    /** A video; one IN_REVIEW is first brought up to date with its review in risk-service (best effort). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public VideoResponse get(UUID id) {
        return VideoResponse.from(submission.refresh(find(id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VideoResponse> list(UUID accountId, VideoStatus status, PageParams page) {
        return ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("status = :status", "status", status)
                .page(videos, Sort.by("createdAt").and("id"), page)
                .map(VideoResponse::from);
    }

    /** The video's status changes, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TransitionResponse> history(UUID id, PageParams page) {
        find(id);
        return ListQuery.where()
                .and("videoId = :video", "video", id)
                .page(transitions, Sort.by("at").and("id"), page)
                .map(TransitionResponse::from);
    }

    public VideoResponse update(UUID id, String ifMatch, VideoRequest request) {
        Video video = videos.lock(id);
        if (video == null) {
            throw ApiException.notFound("video", id);
        }
        ETags.requireMatch(ifMatch, video.version);
        if (!video.status.editable()) {
            throw ApiException.conflict(video.status == VideoStatus.IN_REVIEW
                    ? "The video waits for its review in risk-service; it can be edited once the review has decided"
                    : "A " + video.status + " video can no longer be edited");
        }
        boolean textChanged = !video.title.equals(request.title().strip()) || !video.script.equals(request.script());
        UUID accountId = Ids.parse("accountId", request.accountId());
        boolean accountChanged = !Objects.equals(video.accountId, accountId);
        if (accountChanged && video.status != VideoStatus.DRAFT && video.status != VideoStatus.REJECTED) {
            throw ApiException.conflict("Only a DRAFT or REJECTED video can move to another account; this one is "
                    + video.status);
        }
        apply(video, request);
        if (textChanged && video.status != VideoStatus.DRAFT) {
            // the approval (or rejection) was of the old text: scan the new one before it can be scheduled again
            video.publishAt = null;
            video.reviewId = null;
            video.findings = null;
            workflow.move(video, VideoStatus.DRAFT, workflow.caller(),
                    "title or script edited: back to DRAFT, submit it for a new scan", null, null);
        }
        videos.flush();
        return VideoResponse.from(video);
    }

    private void apply(Video video, VideoRequest request) {
        UUID accountId = Ids.parse("accountId", request.accountId());
        if (accounts.findById(accountId) == null) {
            throw ApiException.invalid("accountId", "must be the id of an existing account");
        }
        video.accountId = accountId;
        video.title = request.title().strip();
        video.script = request.script();
        video.layer = request.layer();
    }

    private Video find(UUID id) {
        Video video = videos.findById(id);
        if (video == null) {
            throw ApiException.notFound("video", id);
        }
        return video;
    }
}

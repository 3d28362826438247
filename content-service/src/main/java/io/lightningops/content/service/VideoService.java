package io.lightningops.content.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.content.domain.Video;
import io.lightningops.content.domain.VideoStatus;
import io.lightningops.content.repository.AccountRepository;
import io.lightningops.content.repository.VideoRepository;
import io.lightningops.content.rest.VideoRequest;
import io.lightningops.content.rest.VideoResponse;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** Videos of the brand's accounts. New videos are drafts; the workflow beyond DRAFT comes with the risk scan. */
@ApplicationScoped
@Transactional
public class VideoService {

    private final VideoRepository videos;
    private final AccountRepository accounts;

    public VideoService(VideoRepository videos, AccountRepository accounts) {
        this.videos = videos;
        this.accounts = accounts;
    }

    public VideoResponse create(VideoRequest request) {
        Video video = new Video();
        video.status = VideoStatus.DRAFT;
        apply(video, request);
        videos.persist(video);
        videos.flush();
        return VideoResponse.from(video);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VideoResponse get(UUID id) {
        return VideoResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VideoResponse> list(UUID accountId, VideoStatus status, PageParams page) {
        return ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("status = :status", "status", status)
                .page(videos, Sort.by("createdAt").and("id"), page)
                .map(VideoResponse::from);
    }

    public VideoResponse update(UUID id, String ifMatch, VideoRequest request) {
        Video video = find(id);
        ETags.requireMatch(ifMatch, video.version);
        if (video.status != VideoStatus.DRAFT) {
            throw ApiException.conflict("Only a DRAFT video can be edited; this one is " + video.status);
        }
        apply(video, request);
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

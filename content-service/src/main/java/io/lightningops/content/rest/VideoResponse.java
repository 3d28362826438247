package io.lightningops.content.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.ContentLayer;
import io.lightningops.content.domain.Video;
import io.lightningops.content.domain.VideoStatus;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Video", description = "A short video and where it is in its workflow")
public record VideoResponse(
        @Schema(example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f") String id,
        String accountId,
        String title,
        String script,
        ContentLayer layer,
        VideoStatus status,
        @Schema(description = "What the latest risk scan found in title and script; null before the first submit and "
                + "after an edit of the text")
        List<FindingView> findings,
        @Schema(description = "The review opened in risk-service when the scan said REVIEW", example = "7a3d9c2e-1b4f-4e6a-8c5d-2f1e0a9b8c7d")
        String reviewId,
        @Schema(description = "The calendar slot of a SCHEDULED or PUBLISHED video") OffsetDateTime publishAt,
        @Schema(description = "The Douyin item id recorded at publishing", example = "7301234567890123456") String douyinItemId,
        OffsetDateTime publishedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the video", example = "0") long version) {

    public static VideoResponse from(Video video) {
        return new VideoResponse(Ids.format(video.id), Ids.format(video.accountId), video.title, video.script,
                video.layer, video.status, FindingView.from(video.findings), video.reviewId, utc(video.publishAt),
                video.douyinItemId, utc(video.publishedAt), utc(video.createdAt), utc(video.updatedAt), video.version);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

package io.lightningops.content.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the video", example = "0") long version) {

    public static VideoResponse from(Video video) {
        return new VideoResponse(Ids.format(video.id), Ids.format(video.accountId), video.title, video.script,
                video.layer, video.status, video.createdAt.atOffset(ZoneOffset.UTC),
                video.updatedAt.atOffset(ZoneOffset.UTC), video.version);
    }
}

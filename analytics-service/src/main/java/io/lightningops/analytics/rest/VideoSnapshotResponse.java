package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.analytics.domain.VideoSnapshot;

@Schema(name = "VideoSnapshot", description = "The cumulative counters of one video as of capturedAt")
public record VideoSnapshotResponse(
        @Schema(description = "The content service's id of the video", example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f")
        String videoId,
        @Schema(description = "The content service's id of the account that published it",
                example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
        String accountId,
        @Schema(description = "When the counters were read") OffsetDateTime capturedAt,
        @Schema(example = "128000") long plays,
        @Schema(example = "9600") long likes,
        @Schema(example = "430") long comments,
        @Schema(example = "1200") long shares,
        @Schema(description = "Null when the source did not report it", example = "2100") Long favorites,
        @Schema(description = "Share of plays watched to the end, 0 to 1; null when not reported", example = "0.4200")
        BigDecimal completionRate,
        @Schema(description = "Average watch time in seconds; null when not reported", example = "17.50")
        BigDecimal avgWatchSeconds,
        @Schema(description = "Followers gained through the video; null when not reported", example = "310")
        Long newFollowers) {

    public static VideoSnapshotResponse from(VideoSnapshot snapshot) {
        return new VideoSnapshotResponse(snapshot.videoId, snapshot.accountId,
                snapshot.capturedAt.atOffset(ZoneOffset.UTC), snapshot.plays, snapshot.likes, snapshot.comments,
                snapshot.shares, snapshot.favorites, snapshot.completionRate, snapshot.avgWatchSeconds,
                snapshot.newFollowers);
    }
}

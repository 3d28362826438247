package io.lightningops.analytics.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The cumulative counters of one video as of {@code capturedAt}. Video and account ids are the content
 * service's, kept as given: analytics never looks them up there.
 */
@Entity
@Table(name = "video_snapshots")
@IdClass(VideoSnapshotId.class)
public class VideoSnapshot {

    @Id
    @Column(name = "video_id")
    public String videoId;

    @Id
    @Column(name = "captured_at")
    public Instant capturedAt;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(nullable = false)
    public long plays;

    @Column(nullable = false)
    public long likes;

    @Column(nullable = false)
    public long comments;

    @Column(nullable = false)
    public long shares;

    public Long favorites;

    @Column(name = "new_followers")
    public Long newFollowers;

    /** Share of plays watched to the end, 0 to 1. */
    @Column(name = "completion_rate", precision = 5, scale = 4)
    public BigDecimal completionRate;

    @Column(name = "avg_watch_seconds", precision = 8, scale = 2)
    public BigDecimal avgWatchSeconds;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;
}

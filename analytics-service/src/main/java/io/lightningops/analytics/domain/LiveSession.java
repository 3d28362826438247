package io.lightningops.analytics.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The figures of one live-stream session, as last reported. */
@Entity
@Table(name = "live_sessions")
public class LiveSession {

    @Id
    @Column(name = "session_id")
    public String sessionId;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "duration_seconds", nullable = false)
    public int durationSeconds;

    @Column(nullable = false)
    public long viewers;

    @Column(name = "peak_viewers", nullable = false)
    public long peakViewers;

    /** CNY, exact. */
    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal gmv;

    public Long orders;

    @Column(name = "new_followers")
    public Long newFollowers;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;
}

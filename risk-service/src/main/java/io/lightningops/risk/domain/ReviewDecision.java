package io.lightningops.risk.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One decision of the trail: the level, what was decided, why, by whom and when. Never changed once made. */
@Embeddable
public class ReviewDecision {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}

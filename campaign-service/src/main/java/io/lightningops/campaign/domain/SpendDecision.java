package io.lightningops.campaign.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One level's decision on a spend request, with who took it and when. */
@Entity
@Table(name = "spend_decisions")
public class SpendDecision extends UuidEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public SpendRequest request;

    @Column(nullable = false)
    public int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SpendDecisionType decision;

    public String comment;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}

package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/**
 * A request to spend money from a budget line. It needs one to three approvals, taken in order; the last one
 * commits the amount to the line, a rejection at any level closes it and commits nothing.
 */
@Entity
@Table(name = "spend_requests")
public class SpendRequest extends VersionedEntity {

    @Column(name = "line_id", nullable = false)
    public UUID lineId;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "levels_required", nullable = false)
    public int levelsRequired;

    /** The level whose decision is awaited; null once the request is closed. */
    @Column(name = "current_level")
    public Integer currentLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SpendStatus status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("level")
    public List<SpendDecision> decisions = new ArrayList<>();
}

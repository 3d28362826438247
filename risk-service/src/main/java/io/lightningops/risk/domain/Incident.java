package io.lightningops.risk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/**
 * An incident on the crisis clock. Its deadlines are stored when it is opened, so a later change of
 * policy does not move them; whether one is overdue is computed against the clock when read.
 */
@Entity
@Table(name = "incidents")
public class Incident extends VersionedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskTier tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentSource source;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "video_id")
    public String videoId;

    /** The analytics alert that raised it: its id makes the alert endpoint idempotent. */
    @Column(name = "alert_id")
    public String alertId;

    @Column(name = "alert_type")
    public String alertType;

    public BigDecimal observed;

    public BigDecimal baseline;

    @Column(name = "detected_at")
    public Instant detectedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "acknowledge_by", nullable = false)
    public Instant acknowledgeBy;

    @Column(name = "handle_by", nullable = false)
    public Instant handleBy;

    @Column(name = "repair_by", nullable = false)
    public Instant repairBy;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "handled_at")
    public Instant handledAt;

    @Column(name = "repaired_at")
    public Instant repairedAt;

    /** When it was CLOSED or DISMISSED; {@code null} while it is still live. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "incident_steps", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "seq")
    public List<IncidentStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "incident_transitions", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "seq")
    public List<IncidentTransition> transitions = new ArrayList<>();
}

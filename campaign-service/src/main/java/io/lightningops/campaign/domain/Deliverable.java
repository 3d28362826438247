package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** Something a partner owes under a partnership, with its latest submission and the brand's review. */
@Entity
@Table(name = "deliverables")
public class Deliverable extends VersionedEntity {

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliverableKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** CNY, exact. */
    @Column(nullable = false)
    public BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliverableStatus status;

    public String link;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Embedded
    public DeliveryMetrics metrics = new DeliveryMetrics();

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "review_note")
    public String reviewNote;
}

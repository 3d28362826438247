package io.lightningops.campaign.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One submission of a deliverable by its partner: the link and the metrics, kept as history. */
@Entity
@Table(name = "deliverable_submissions")
public class DeliverableSubmission {

    @Id
    public UUID id;

    @Column(name = "deliverable_id", nullable = false)
    public UUID deliverableId;

    @Column(nullable = false)
    public String link;

    @Column(name = "delivered_at", nullable = false)
    public Instant deliveredAt;

    @Embedded
    public DeliveryMetrics metrics = new DeliveryMetrics();

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}

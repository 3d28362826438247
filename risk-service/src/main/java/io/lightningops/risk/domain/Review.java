package io.lightningops.risk.domain;

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

/** The three-level review of one piece of content, with the findings that caused it and its decision trail. */
@Entity
@Table(name = "reviews")
public class Review extends VersionedEntity {

    @Column(name = "content_type", nullable = false)
    public String contentType;

    /** The content's id in the service that owns it (e.g. a content-service video id). */
    @Column(name = "content_ref", nullable = false)
    public String contentRef;

    public String title;

    @Column(name = "content_text")
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    /** The level whose decision the review awaits; {@code null} once it is closed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "current_level")
    public ReviewLevel level;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "review_findings", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "seq")
    public List<ReviewFinding> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "review_decisions", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "seq")
    public List<ReviewDecision> decisions = new ArrayList<>();
}

package io.lightningops.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One status change of a video: from, to, who, when, and why (a note, the scan's findings, the review). */
@Entity
@Table(name = "video_transitions")
public class VideoTransition {

    @Id
    public UUID id;

    @Column(name = "video_id", nullable = false)
    public UUID videoId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public VideoStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public VideoStatus to;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    public String note;

    @Convert(converter = FindingsConverter.class)
    public List<Finding> findings;

    @Column(name = "review_id")
    public String reviewId;
}

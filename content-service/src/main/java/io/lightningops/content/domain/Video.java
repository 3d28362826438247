package io.lightningops.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A short video of an account, from draft to retirement. */
@Entity
@Table(name = "videos")
public class Video extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String script;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContentLayer layer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VideoStatus status;

    /** The findings of the latest scan (title and script), null before the first submit. */
    @Convert(converter = FindingsConverter.class)
    public List<Finding> findings;

    /** The review opened in risk-service when the latest scan said REVIEW. */
    @Column(name = "review_id")
    public String reviewId;

    /** The calendar slot of a SCHEDULED (and then PUBLISHED) video. */
    @Column(name = "publish_at")
    public Instant publishAt;

    @Column(name = "douyin_item_id")
    public String douyinItemId;

    @Column(name = "published_at")
    public Instant publishedAt;
}

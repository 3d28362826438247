package io.lightningops.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A topic of the topic library: what a video could be about, how promising it is, and where it stands. */
@Entity
@Table(name = "topics")
public class Topic extends VersionedEntity {

    @Column(nullable = false)
    public String title;

    public String direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TopicSource source;

    @Column(nullable = false)
    public int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TopicStatus status;

    /** The month it is planned for, as YYYY-MM, or null ("month" alone would read as HQL's month()). */
    @Column(name = "month")
    public String plannedMonth;

    @Column(name = "account_id")
    public UUID accountId;

    public String notes;

    /** The content tags it serves. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_tags", joinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false)
    public List<String> tags = new ArrayList<>();
}

package io.lightningops.content.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A short video of an account, from draft to retirement. */
@Entity
@Table(name = "videos")
public class Video {

    @Id
    public UUID id;

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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}

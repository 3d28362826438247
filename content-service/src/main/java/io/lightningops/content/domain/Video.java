package io.lightningops.content.domain;

import java.util.UUID;

import jakarta.persistence.Column;
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
}

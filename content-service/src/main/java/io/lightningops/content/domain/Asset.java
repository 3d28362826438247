package io.lightningops.content.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/** A creative asset (clip, image, sound…) of the library, with how often and when it was last used. */
@Entity
@Table(name = "assets")
public class Asset extends VersionedEntity {

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetCategory category;

    @Column(nullable = false)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssetStatus status;

    @Column(name = "usage_count", nullable = false)
    public int usageCount;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "asset_tags", joinColumns = @JoinColumn(name = "asset_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false)
    public List<String> tags = new ArrayList<>();
}

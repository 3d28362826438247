package io.lightningops.content.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An asset a refresh proposes to retire, as it was when proposed, and what applying did with it. */
@Embeddable
public class RefreshItem {

    @Column(name = "asset_id", nullable = false)
    public UUID assetId;

    @Column(name = "asset_version", nullable = false)
    public long assetVersion;

    @Column(name = "usage_count", nullable = false)
    public int usageCount;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** RETIRED, or why it was kept (CHANGED, NOT_ACTIVE); null until applied. */
    public String outcome;
}

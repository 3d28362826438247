package io.lightningops.content.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A proposal to retire the stalest share of the ACTIVE assets; applied once, on confirmation. */
@Entity
@Table(name = "asset_refresh_proposals")
public class RefreshProposal extends VersionedEntity {

    /** PROPOSED or APPLIED. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public BigDecimal share;

    @Column(name = "active_assets", nullable = false)
    public int activeAssets;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "applied_by")
    public String appliedBy;

    @Column(name = "applied_at")
    public Instant appliedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "asset_refresh_items", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    public List<RefreshItem> items = new ArrayList<>();
}

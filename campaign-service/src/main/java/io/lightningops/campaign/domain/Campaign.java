package io.lightningops.campaign.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A campaign: what it is for, when it runs, where, with which partners, and the budget line it spends from. */
@Entity
@Table(name = "campaigns")
public class Campaign extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignObjective objective;

    public String description;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "budget_line_id")
    public UUID budgetLineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status;

    @ElementCollection
    @CollectionTable(name = "campaign_channels", joinColumns = @JoinColumn(name = "campaign_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    public Set<CampaignChannel> channels = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "campaign_partners", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "partner_id")
    public Set<UUID> partnerIds = new LinkedHashSet<>();

    /** Null when the campaign uses the configured weights; Hibernate leaves it null when all six columns are. */
    @Embedded
    public EvaluationWeights evaluationWeights;
}

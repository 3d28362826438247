package io.lightningops.campaign.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the fan club's three tiers: the intimacy points a fan needs to reach it and what it gives. */
@Entity
@Table(name = "fan_club_tiers")
public class FanClubTier {

    @Id
    public int level;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int threshold;

    @ElementCollection
    @CollectionTable(name = "fan_club_tier_benefits", joinColumns = @JoinColumn(name = "level"))
    @OrderColumn(name = "position")
    @Column(name = "benefit")
    public List<String> benefits = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}

package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A brand live stream on the schedule: when, who hosts, which coupons it pushes, and how it went. */
@Entity
@Table(name = "live_sessions")
public class LiveSession extends VersionedEntity {

    @Column(name = "campaign_id")
    public UUID campaignId;

    /** The weekly plan that made this session, if one did. */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "planned_minutes", nullable = false)
    public int plannedMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LiveSessionStatus status;

    @ElementCollection
    @CollectionTable(name = "live_session_hosts", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "host")
    public List<String> hosts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "live_session_coupons", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "coupon_id")
    public Set<UUID> couponIds = new LinkedHashSet<>();

    public Long viewers;

    @Column(name = "peak_viewers")
    public Long peakViewers;

    @Column(precision = 14, scale = 2)
    public BigDecimal gmv;

    public Long orders;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;
}

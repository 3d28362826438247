package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A paid DOU+ boost of one video of a campaign, and the GMV it brought. */
@Entity
@Table(name = "boosts")
public class Boost extends VersionedEntity {

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "video_ref", nullable = false)
    public String videoRef;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal spend;

    @Enumerated(EnumType.STRING)
    @Column(name = "bid_strategy", nullable = false)
    public BidStrategy bidStrategy;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_slot", nullable = false)
    public TimeSlot timeSlot;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal gmv;

    @Column(name = "started_at")
    public Instant startedAt;
}

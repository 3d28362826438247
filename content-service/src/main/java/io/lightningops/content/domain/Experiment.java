package io.lightningops.content.domain;

import java.time.Instant;
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

/** An A/B test of 2 to 15 creative variants of one video idea, judged on one metric. */
@Entity
@Table(name = "experiments")
public class Experiment extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(nullable = false)
    public String name;

    public String idea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExperimentMetric metric;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExperimentStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "experiment_variants", joinColumns = @JoinColumn(name = "experiment_id"))
    @OrderColumn(name = "position")
    public List<ExperimentVariant> variants = new ArrayList<>();

    @Column(name = "winner_video_id")
    public UUID winnerVideoId;

    @Column(name = "conclusion_note")
    public String conclusionNote;

    @Column(name = "concluded_at")
    public Instant concludedAt;
}

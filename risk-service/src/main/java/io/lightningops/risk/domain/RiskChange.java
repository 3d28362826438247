package io.lightningops.risk.domain;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** An entry of a risk's history: who changed it when, into which version, and what changed. Never updated. */
@Entity
@Table(name = "risk_history")
public class RiskChange {

    public enum Action {
        CREATED,
        UPDATED
    }

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "risk_id", nullable = false)
    public UUID riskId;

    /** The risk's version after the change, i.e. its ETag from then on. */
    @Column(name = "risk_version", nullable = false)
    public long riskVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @ElementCollection
    @CollectionTable(name = "risk_history_changes", joinColumns = @JoinColumn(name = "history_id"))
    @OrderColumn(name = "seq")
    public List<FieldChange> changes = new ArrayList<>();
}

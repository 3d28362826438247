package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** Money actually spent on a budget line in one month of the budget's year. */
@Entity
@Table(name = "actual_spend")
public class ActualSpend extends UuidEntity {

    @Column(name = "line_id", nullable = false)
    public UUID lineId;

    @Column(nullable = false)
    public int month;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal amount;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @PrePersist
    void stamp() {
        if (recordedAt == null) {
            recordedAt = Instant.now();
        }
    }
}

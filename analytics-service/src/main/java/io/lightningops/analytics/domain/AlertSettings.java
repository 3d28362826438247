package io.lightningops.analytics.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An account's own alert thresholds, instead of the configured defaults. */
@Entity
@Table(name = "alert_settings")
public class AlertSettings {

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "plays_drop_threshold", nullable = false, precision = 5, scale = 4)
    public BigDecimal playsDropThreshold;

    @Column(name = "engagement_drop_threshold", nullable = false, precision = 5, scale = 4)
    public BigDecimal engagementDropThreshold;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }
}

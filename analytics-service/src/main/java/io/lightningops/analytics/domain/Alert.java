package io.lightningops.analytics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A rule that fired for an account on a day, and how its report to risk-service went. */
@Entity
@Table(name = "alerts")
public class Alert {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertSeverity severity;

    @Column(nullable = false)
    public LocalDate day;

    @Column(nullable = false, precision = 20, scale = 6)
    public BigDecimal observed;

    @Column(nullable = false, precision = 20, scale = 6)
    public BigDecimal baseline;

    @Column(nullable = false, precision = 10, scale = 4)
    public BigDecimal threshold;

    @Column(nullable = false)
    public String message;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledge_note")
    public String acknowledgeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", nullable = false)
    public DeliveryStatus deliveryStatus;

    @Column(name = "delivery_attempts", nullable = false)
    public int deliveryAttempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "incident_id")
    public String incidentId;

    @Version
    public long version;
}

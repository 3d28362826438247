package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.analytics.domain.Alert;
import io.lightningops.analytics.domain.AlertSeverity;
import io.lightningops.analytics.domain.AlertType;
import io.lightningops.analytics.domain.DeliveryStatus;
import io.lightningops.analytics.service.Ratios;
import io.lightningops.defaults.http.Times;

@Schema(name = "Alert", description = "A rule that fired for an account on a day, and the state of its report to risk-service")
public record AlertResponse(
        @Schema(example = "a1f2c3d4-0000-4000-8000-000000000001") String id,
        @Schema(example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10") String accountId,
        @Schema(example = "PLAYS_DROP") AlertType type,
        @Schema(description = "ALERT, or HINT for an anomaly worth a look", example = "ALERT") AlertSeverity severity,
        @Schema(description = "The day judged (reporting zone)", example = "2026-11-25") LocalDate date,
        @Schema(description = "The day's value (plays, or a rate)", example = "52000") BigDecimal observed,
        @Schema(description = "What it was compared with (the trailing average, or the baseline's rate)", example = "100000")
        BigDecimal baseline,
        @Schema(description = "The threshold (share below the baseline) or factor (spikes) applied", example = "0.2000")
        BigDecimal threshold,
        @Schema(example = "2026-11-25 日播放量 52000，较前7日均值 100000.00 下降 48.0%（阈值 20.0%）") String message,
        OffsetDateTime detectedAt,
        @Schema(description = "Null until someone acknowledges it") OffsetDateTime acknowledgedAt,
        @Schema(example = "analyst") String acknowledgedBy,
        @Schema(example = "算法调整，已调整发布时段") String acknowledgeNote,
        @Schema(description = "The report to risk-service") Delivery delivery,
        @Schema(description = "Version of the alert, also its ETag", example = "1") long version) {

    @Schema(name = "AlertDelivery", description = "The report of the alert to risk-service (POST /api/incidents/alerts)")
    public record Delivery(
            @Schema(description = "PENDING (in the outbox), DELIVERED or FAILED", example = "DELIVERED") DeliveryStatus status,
            @Schema(example = "1") int attempts,
            @Schema(description = "The last failure, if any") String lastError,
            OffsetDateTime deliveredAt,
            @Schema(description = "The incident risk-service opened for it", example = "3f2b8c1d-6a4e-4f0b-9d2c-7e5a1b3c9d20")
            String incidentId) {
    }

    public static AlertResponse from(Alert alert) {
        return new AlertResponse(alert.id.toString(), alert.accountId, alert.type, alert.severity, alert.day,
                Ratios.plain(alert.observed), Ratios.plain(alert.baseline), Ratios.plain(alert.threshold),
                alert.message, Times.utc(alert.detectedAt), Times.utc(alert.acknowledgedAt), alert.acknowledgedBy, alert.acknowledgeNote,
                new Delivery(alert.deliveryStatus, alert.deliveryAttempts, alert.lastError, Times.utc(alert.deliveredAt),
                        alert.incidentId),
                alert.version);
    }

}

package io.lightningops.analytics.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The body of risk-service's {@code POST /api/incidents/alerts} (its AlertRequest); idempotent on alertId. */
public record AlertReport(String alertId, String accountId, String videoId, String type, BigDecimal observed,
        BigDecimal baseline, OffsetDateTime detectedAt, String message) {
}

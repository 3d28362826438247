package io.lightningops.content.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A per-video snapshot as analytics-service serves it: cumulative counters as of {@code capturedAt}. */
public record MetricSnapshot(
        String videoId,
        OffsetDateTime capturedAt,
        long plays,
        long likes,
        BigDecimal completionRate) {
}

package io.lightningops.risk.client;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A per-video snapshot as analytics-service serves it: cumulative counters as of {@code capturedAt}. */
public record MetricSnapshot(
        String videoId,
        String accountId,
        OffsetDateTime capturedAt,
        long plays,
        long likes,
        long comments,
        long shares,
        Long favorites,
        BigDecimal completionRate,
        BigDecimal avgWatchSeconds,
        Long newFollowers) {
}

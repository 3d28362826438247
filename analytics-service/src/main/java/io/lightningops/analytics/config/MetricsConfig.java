package io.lightningops.analytics.config;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** Ingestion of metric snapshots (prefix {@code lightning.metrics}). */
@ConfigMapping(prefix = "lightning.metrics")
public interface MetricsConfig {

    /** The zone whose calendar days KPIs, trends, alerts and reports count in (the brand's: Asia/Shanghai). */
    ZoneId zone();

    /** The most rows one POST of a batch may hold; a larger batch is a 413 problem (split it). */
    @Min(1)
    @Max(100_000)
    int maxBatchRows();

    /** The most data rows one CSV import may hold; it is written in chunks of max-batch-rows. */
    @Min(1)
    int maxImportRows();

    /** How far in the future a capturedAt may lie (clock skew of the collectors) before the row is rejected. */
    Duration futureTolerance();
}

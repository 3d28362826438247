package io.lightningops.analytics.config;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** Alert rules, their evaluation and the delivery of alerts to risk-service (prefix {@code lightning.alerts}). */
@ConfigMapping(prefix = "lightning.alerts")
public interface AlertConfig {

    /** The trailing days whose average is a day's baseline. */
    @Min(1)
    int baselineDays();

    /** Fewer days with data in the baseline than this: no rule fires (too little history). */
    @Min(1)
    int minBaselineDays();

    PlaysDrop playsDrop();

    EngagementCollapse engagementCollapse();

    Spikes spikes();

    /** How often the days queued by ingestion are evaluated (a day only once it is over). */
    String checkEvery();

    Delivery delivery();

    /** PLAYS_DROP: the day's plays below (1 − threshold) × the baseline average. */
    interface PlaysDrop {
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(value = "1", inclusive = false)
        BigDecimal threshold();

        /** Baselines below this many plays a day are too small to judge. */
        @Min(0)
        long minBaselinePlays();
    }

    /** ENGAGEMENT_COLLAPSE: the day's engagement rate below (1 − threshold) × the baseline's rate. */
    interface EngagementCollapse {
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(value = "1", inclusive = false)
        BigDecimal threshold();

        /** Days with fewer plays than this are too small to judge. */
        @Min(0)
        long minPlays();
    }

    /** Anomaly hints: PLAYS_SPIKE (plays ≥ factor × baseline), LIKES_SPIKE (like rate ≥ factor × baseline rate). */
    interface Spikes {
        @DecimalMin(value = "1", inclusive = false)
        BigDecimal factor();

        @Min(0)
        long minLikes();
    }

    /** Reports to risk-service from the outbox: retries with exponential backoff, then FAILED. */
    interface Delivery {
        String every();

        @Min(1)
        int batchSize();

        @Min(1)
        int maxAttempts();

        Duration initialBackoff();

        Duration maxBackoff();

        /** How long a claimed report is hidden from other replicas while it is being delivered. */
        Duration lease();
    }
}

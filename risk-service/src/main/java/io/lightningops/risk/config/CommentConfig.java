package io.lightningops.risk.config;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** Comment monitoring (prefix {@code lightning.comments}): buckets, the baseline and the spike rule. */
@ConfigMapping(prefix = "lightning.comments")
public interface CommentConfig {

    /** The width of a time bucket; buckets are aligned to the epoch (PT1H: whole UTC hours). */
    Duration bucket();

    /** How many buckets before a bucket make its baseline. */
    @Min(1) @Max(1000)
    int baselineBuckets();

    /** The most buckets GET /api/risks/comments/stats covers at once. */
    @Min(1) @Max(10000)
    int maxStatsBuckets();

    Spike spike();

    interface Spike {

        /** A bucket spikes when its negative ratio is at least factor × the baseline ratio … */
        BigDecimal factor();

        /** … and at least this ratio … */
        BigDecimal minRatio();

        /** … and it has at least this many negative comments. */
        @Min(1)
        int minNegative();

        /** The spike's incident is IMPORTANT from this negative ratio … */
        BigDecimal importantRatio();

        /** … and MAJOR from this one; GENERAL below. */
        BigDecimal majorRatio();
    }
}

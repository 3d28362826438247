package io.lightningops.analytics.config;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** Audience profiles (prefix {@code lightning.audiences}). */
@ConfigMapping(prefix = "lightning.audiences")
public interface AudienceConfig {

    /** How far the shares of one distribution may sum away from 1 (rounding in the source). */
    @DecimalMin("0")
    @DecimalMax("0.2")
    BigDecimal shareTolerance();

    /** The most buckets one distribution may hold. */
    @Min(1)
    int maxBuckets();
}

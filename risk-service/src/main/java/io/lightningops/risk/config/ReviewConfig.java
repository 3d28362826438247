package io.lightningops.risk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import io.lightningops.risk.domain.ReviewLevel;

/** The review chain: SELF_CHECK → COMPLIANCE → LEGAL, ending at {@code final-level}. */
@ConfigMapping(prefix = "lightning.reviews")
public interface ReviewConfig {

    /** The level whose approval closes a review APPROVED; LEGAL unless configured otherwise. */
    @WithDefault("LEGAL")
    ReviewLevel finalLevel();
}

package io.lightningops.content.config;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The quarterly refresh of the creative asset library. */
@ConfigMapping(prefix = "lightning.assets")
public interface AssetConfig {

    /** The share of ACTIVE assets that a refresh proposes to retire (the count is rounded down). */
    @WithDefault("0.30")
    @DecimalMin("0.01")
    @DecimalMax("1.00")
    BigDecimal refreshShare();

    /** How long a refresh proposal can be applied after it was made. */
    @WithDefault("P7D")
    Duration proposalTtl();
}

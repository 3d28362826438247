package io.lightningops.content.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lightning.ugc")
public interface UgcConfig {

    /** The most submissions picked in one ISO week. */
    @WithDefault("10")
    @Min(1)
    @Max(100)
    int maxPicksPerWeek();
}

package io.lightningops.content.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "lightning.topics")
public interface TopicConfig {

    /** The most rows of one import; a longer array is a 400 problem and imports nothing. */
    @WithDefault("500")
    @Min(1)
    @Max(10000)
    int maxImportRows();
}

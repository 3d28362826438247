package io.lightningops.risk.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/**
 * The score thresholds of the risk tiers (scores run from 1 to 125). A score below {@code important-from}
 * is GENERAL, from {@code important-from} IMPORTANT, from {@code major-from} MAJOR. That
 * important-from is below major-from is checked at startup by {@code RiskTiers}.
 */
@ConfigMapping(prefix = "lightning.risk.tiers")
public interface RiskTierConfig {

    /** The lowest score of an IMPORTANT risk. */
    @Min(1) @Max(125)
    int importantFrom();

    /** The lowest score of a MAJOR risk. */
    @Min(1) @Max(125)
    int majorFrom();
}

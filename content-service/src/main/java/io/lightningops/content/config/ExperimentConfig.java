package io.lightningops.content.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** A/B tests of creative variants: when a difference counts as significant, and how much data a verdict needs. */
@ConfigMapping(prefix = "lightning.experiments")
public interface ExperimentConfig {

    /** The family-wise significance level; each of the k-1 comparisons is tested at alpha / (k-1) (Bonferroni). */
    @WithDefault("0.05")
    double alpha();

    /** A variant with fewer plays in its latest snapshot has too little data for a verdict. */
    @WithDefault("100")
    long minPlays();
}

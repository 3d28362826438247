package io.lightningops.content.domain;

/** What an A/B test judges the variants by: a proportion of plays. */
public enum ExperimentMetric {
    /** Plays watched to the end: completions = completionRate x plays (analytics reports the rate). */
    COMPLETION_RATE,
    /** Likes per play. */
    LIKE_RATE
}

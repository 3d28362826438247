package io.lightningops.risk.domain;

/** The engagement-anomaly (cheating) rules. */
public enum AnomalyRule {
    /** Likes far above what the plays in the same interval explain. */
    LIKES_WITHOUT_PLAYS,
    /** A follower jump with no matching plays. */
    FOLLOWERS_WITHOUT_PLAYS,
    /** Many comments with the same text on one video within a short window. */
    IDENTICAL_COMMENT_BURST
}

package io.lightningops.analytics.domain;

/** What an alert says; the severity tells an alarm from a hint worth a look. */
public enum AlertType {
    /** Daily plays fell more than the account's threshold below the trailing baseline. */
    PLAYS_DROP(AlertSeverity.ALERT),
    /** The engagement rate of the day collapsed against the baseline's. */
    ENGAGEMENT_COLLAPSE(AlertSeverity.ALERT),
    /** Daily plays far above the baseline: a hit in the making, or bought traffic. */
    PLAYS_SPIKE(AlertSeverity.HINT),
    /** The like rate far above the baseline's: possibly cheating. */
    LIKES_SPIKE(AlertSeverity.HINT);

    private final AlertSeverity severity;

    AlertType(AlertSeverity severity) {
        this.severity = severity;
    }

    public AlertSeverity severity() {
        return severity;
    }
}

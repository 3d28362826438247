package io.lightningops.risk.domain;

/** What happened; each type has its playbook (lightning.incidents.playbooks). */
public enum IncidentType {
    /** Content broke a platform rule or the law (take down, edit, compensate). */
    CONTENT_VIOLATION,
    /** The platform penalised an account (appeal, rectify). */
    ACCOUNT_PENALTY,
    /** A wave of negative comments. */
    NEGATIVE_COMMENTS,
    /** A metric left its baseline, e.g. plays dropped. */
    METRIC_ANOMALY,
    /** Engagement that looks bought or faked. */
    ENGAGEMENT_ANOMALY,
    OTHER
}

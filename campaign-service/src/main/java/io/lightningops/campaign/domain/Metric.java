package io.lightningops.campaign.domain;

/** The playbook's six metrics of a partner, each normalized to 0..1 before weighting. */
public enum Metric {
    AUDIENCE_OVERLAP,
    ENGAGEMENT_RATE,
    CONVERSION_ABILITY,
    CONTENT_FIT,
    COST_EFFICIENCY,
    RELIABILITY
}

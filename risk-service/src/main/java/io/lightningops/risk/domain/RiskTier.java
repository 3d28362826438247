package io.lightningops.risk.domain;

/**
 * The tier of a risk by its score. The thresholds are configuration (lightning.risk.tiers), so the tier is
 * derived from the score when read rather than stored: a change of policy re-tiers every risk at once.
 */
public enum RiskTier {
    GENERAL,
    IMPORTANT,
    MAJOR
}

package io.lightningops.campaign.domain;

/** Rigid lines are fixed costs (salaries, platform fees, depreciation); flexible lines are discretionary spend (content, marketing). */
public enum LineKind {
    RIGID,
    FLEXIBLE
}

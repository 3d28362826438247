package io.lightningops.campaign.domain;

/** How a DOU+ boost is targeted and bid: the system's smart recommendation, custom targeting, or fans similar to chosen creators. */
public enum BidStrategy {
    SMART,
    CUSTOM_TARGETING,
    LOOKALIKE_CREATORS
}

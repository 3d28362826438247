package io.lightningops.campaign.domain;

/** Where a spend request stands: waiting for the decision of its current level, or closed. */
public enum SpendStatus {
    PENDING,
    APPROVED,
    REJECTED
}

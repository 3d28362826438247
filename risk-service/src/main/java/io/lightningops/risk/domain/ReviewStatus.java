package io.lightningops.risk.domain;

/** A review is OPEN until a level rejects it or the final level approves it. */
public enum ReviewStatus {
    OPEN,
    APPROVED,
    REJECTED
}

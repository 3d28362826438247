package io.lightningops.campaign.domain;

/** PENDING until the partner submits; the brand then accepts (final) or rejects (the partner submits again). */
public enum DeliverableStatus {
    PENDING,
    SUBMITTED,
    ACCEPTED,
    REJECTED
}

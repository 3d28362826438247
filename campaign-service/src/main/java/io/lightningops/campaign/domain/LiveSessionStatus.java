package io.lightningops.campaign.domain;

/** A scheduled live session, one whose results are in, or one called off. */
public enum LiveSessionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED
}

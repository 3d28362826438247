package io.lightningops.analytics.domain;

/** Where the report of an alert to risk-service stands. */
public enum DeliveryStatus {
    /** Waiting in the outbox (first attempt or a retry after backoff). */
    PENDING,
    /** risk-service took it and named the incident. */
    DELIVERED,
    /** Given up: refused as invalid, or still failing after the last attempt. */
    FAILED
}

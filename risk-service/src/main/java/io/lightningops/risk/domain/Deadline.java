package io.lightningops.risk.domain;

/** The three deadlines of the crisis clock: respond at once, handle within 48 hours, repair within 7 days. */
public enum Deadline {
    ACKNOWLEDGE,
    HANDLE,
    REPAIR
}

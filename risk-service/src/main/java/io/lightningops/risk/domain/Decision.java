package io.lightningops.risk.domain;

/** What a reviewer decides at their level. */
public enum Decision {
    APPROVE,
    REJECT
}

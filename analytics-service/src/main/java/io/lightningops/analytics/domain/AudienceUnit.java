package io.lightningops.analytics.domain;

/** How a profile's distributions are given: shares of the audience (0..1) or head counts. */
public enum AudienceUnit {
    SHARE,
    COUNT
}

package io.lightningops.analytics.domain;

/** What a user did: followed the account, ordered (with an amount), or liked a video. */
public enum EventType {
    FOLLOW,
    ORDER,
    LIKE
}

package io.lightningops.campaign.domain;

/** What a partner owes: a video, or a live session it hosts. */
public enum DeliverableKind {
    VIDEO,
    LIVE_SESSION
}

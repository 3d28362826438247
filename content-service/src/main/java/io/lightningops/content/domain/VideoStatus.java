package io.lightningops.content.domain;

/** Where a video is in its workflow; a new video is a DRAFT. */
public enum VideoStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    REJECTED,
    SCHEDULED,
    PUBLISHED,
    RETIRED
}

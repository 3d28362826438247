package io.lightningops.content.domain;

/** Where a topic idea came from. */
public enum TopicSource {
    /** trend analysis (hot lists, rising searches) */
    TREND,
    /** a benchmark or competitor account's content */
    COMPETITOR,
    /** user-generated content */
    UGC,
    /** the team's own idea */
    IDEA
}

package io.lightningops.content.domain;

/** The 12 categories of the playbook's creative asset library. */
public enum AssetCategory {
    PRODUCT_DISPLAY,
    TUTORIAL,
    LIFESTYLE,
    BEHIND_THE_SCENES,
    UNBOXING,
    REVIEW,
    COMPARISON,
    USER_TESTIMONIAL,
    TREND_CHALLENGE,
    FESTIVAL,
    BRAND_STORY,
    LIVE_CLIP
}

package io.lightningops.campaign.domain;

/** What a campaign is for. */
public enum CampaignObjective {
    AWARENESS,
    ENGAGEMENT,
    FOLLOWERS,
    CONVERSION,
    PRODUCT_LAUNCH
}

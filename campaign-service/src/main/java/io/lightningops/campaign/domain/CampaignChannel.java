package io.lightningops.campaign.domain;

/** Where a campaign runs on Douyin. */
public enum CampaignChannel {
    SHORT_VIDEO,
    LIVE_STREAM,
    DOU_PLUS,
    XINGTU,
    SEARCH,
    SHOP_WINDOW
}

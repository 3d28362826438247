package io.lightningops.campaign.domain;

/**
 * How a Xingtu (星图) order is priced. The unit price is per: video (FIXED_PER_VIDEO), thousand impressions (CPM),
 * engagement (CPE: a like, comment or share) or action (CPA: e.g. an order or a follow the order defines).
 */
public enum PriceModel {
    FIXED_PER_VIDEO,
    CPM,
    CPE,
    CPA
}

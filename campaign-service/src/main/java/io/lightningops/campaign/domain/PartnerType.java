package io.lightningops.campaign.domain;

/** Who the brand works with: a single creator (KOC/KOL), an MCN agency that manages creators, or another brand. */
public enum PartnerType {
    CREATOR,
    MCN,
    BRAND
}

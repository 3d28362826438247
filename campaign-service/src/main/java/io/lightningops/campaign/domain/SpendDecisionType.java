package io.lightningops.campaign.domain;

/** An approver's decision at one level of the chain. */
public enum SpendDecisionType {
    APPROVE,
    REJECT
}

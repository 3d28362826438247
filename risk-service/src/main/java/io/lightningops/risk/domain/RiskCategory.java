package io.lightningops.risk.domain;

/** What a risk threatens: the content, an account, compliance with the law, the systems, or the market. */
public enum RiskCategory {
    CONTENT,
    ACCOUNT,
    COMPLIANCE,
    TECHNICAL,
    MARKET
}

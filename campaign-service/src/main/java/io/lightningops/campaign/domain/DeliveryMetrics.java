package io.lightningops.campaign.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** The metrics that came back for a delivered video or live session, as the partner reported them. */
@Embeddable
public class DeliveryMetrics {

    public Long plays;
    public Long likes;
    public Long comments;
    public Long shares;
    public Long orders;
    /** Gross merchandise value in CNY, exact. */
    public BigDecimal gmv;
}

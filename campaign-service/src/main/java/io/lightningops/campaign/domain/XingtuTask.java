package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A creator task ordered on Xingtu (星图) under a partnership, with its price model and the results so far. */
@Entity
@Table(name = "xingtu_tasks")
public class XingtuTask extends VersionedEntity {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "deliverable_id")
    public UUID deliverableId;

    @Column(name = "xingtu_order_id", nullable = false)
    public String xingtuOrderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_model", nullable = false)
    public PriceModel priceModel;

    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;

    /** Planned units of the price model: videos, thousands of impressions, engagements or actions. */
    @Column(name = "planned_units", nullable = false)
    public long plannedUnits;

    @Column(name = "budget_cap")
    public BigDecimal budgetCap;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public XingtuTaskStatus status;

    public long videos;
    public long impressions;
    public long engagements;
    public long actions;

    /** Units of the price model delivered so far (CPM: impressions / 1000, fractional). */
    public BigDecimal actualUnits() {
        return switch (priceModel) {
            case FIXED_PER_VIDEO -> BigDecimal.valueOf(videos);
            case CPM -> BigDecimal.valueOf(impressions).divide(THOUSAND);
            case CPE -> BigDecimal.valueOf(engagements);
            case CPA -> BigDecimal.valueOf(actions);
        };
    }

    /** Cost so far: unit price x actual units, in CNY to the fen (half up), never above the budget cap. */
    public BigDecimal cost() {
        return capped(unitPrice.multiply(actualUnits()));
    }

    /** Cost if the planned units are delivered, capped like the cost. */
    public BigDecimal plannedCost() {
        return capped(unitPrice.multiply(BigDecimal.valueOf(plannedUnits)));
    }

    private BigDecimal capped(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        return budgetCap == null ? rounded : rounded.min(budgetCap);
    }
}

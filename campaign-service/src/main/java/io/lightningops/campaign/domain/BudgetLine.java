package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One line of a budget: its annual plan, split by month, and the money that approved requests committed. */
@Entity
@Table(name = "budget_lines")
public class BudgetLine extends UuidEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_id")
    public Budget budget;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineKind kind;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal planned;

    /** Written only by the conditional UPDATE of a final approval (BudgetLineRepository.commit), never by Hibernate. */
    @Column(nullable = false, precision = 16, scale = 2, updatable = false)
    public BigDecimal committed = BigDecimal.ZERO;

    /** Month (1-12) to planned amount; the months add up to {@link #planned}. */
    @ElementCollection
    @CollectionTable(name = "budget_line_months", joinColumns = @JoinColumn(name = "line_id"))
    @MapKeyColumn(name = "month")
    @Column(name = "planned", precision = 16, scale = 2)
    @OrderBy
    public Map<Integer, BigDecimal> monthlyPlan = new TreeMap<>();

    public BigDecimal available() {
        return planned.subtract(committed);
    }
}

package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** An annual budget: its total, the contingency reserve held back from it, and the lines that share the rest. */
@Entity
@Table(name = "budgets")
public class Budget extends VersionedEntity {

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal total;

    @Column(name = "reserve_rate", nullable = false, precision = 5, scale = 4)
    public BigDecimal reserveRate;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal reserve;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @OneToMany(mappedBy = "budget", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<BudgetLine> lines = new ArrayList<>();
}

package io.lightningops.campaign.config;

import java.math.BigDecimal;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Budgets: the contingency reserve, the variance flag, and the approval chain of spend requests. */
@ConfigMapping(prefix = "lightning.budgets")
public interface BudgetConfig {

    /** Share of a budget's total held back as contingency reserve when the budget does not name its own. */
    @WithDefault("0.20")
    BigDecimal reserveRate();

    /** A line's month is flagged when |actual - plan| / plan is above this. */
    @WithDefault("0.05")
    BigDecimal varianceThreshold();

    Approval approval();

    interface Approval {

        /** Amounts up to this (inclusive) need one approval. */
        @WithDefault("5000.00")
        BigDecimal oneLevelUpTo();

        /** Amounts up to this (inclusive) need two approvals; larger ones three. */
        @WithDefault("50000.00")
        BigDecimal twoLevelsUpTo();

        /** The roles that may decide at level 1. */
        @WithDefault("operator,admin")
        List<String> level1Roles();

        @WithDefault("admin")
        List<String> level2Roles();

        @WithDefault("admin")
        List<String> level3Roles();
    }
}

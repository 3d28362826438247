package io.lightningops.campaign.service;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import io.lightningops.campaign.config.BudgetConfig;

/**
 * The approval chain of spend requests, from configuration: how many levels an amount needs and which roles decide
 * at each. Checked at startup, so that a bad configuration stops the service instead of approving wrongly.
 */
@Singleton
@Startup
public class ApprovalPolicy {

    public static final int MAX_LEVELS = 3;

    private final BigDecimal oneLevelUpTo;
    private final BigDecimal twoLevelsUpTo;
    private final List<List<String>> roles;

    public ApprovalPolicy(BudgetConfig config) {
        BudgetConfig.Approval approval = config.approval();
        this.oneLevelUpTo = approval.oneLevelUpTo();
        this.twoLevelsUpTo = approval.twoLevelsUpTo();
        this.roles = List.of(approval.level1Roles(), approval.level2Roles(), approval.level3Roles());
        if (oneLevelUpTo.signum() <= 0 || twoLevelsUpTo.compareTo(oneLevelUpTo) <= 0) {
            throw new IllegalStateException("lightning.budgets.approval: need 0 < one-level-up-to < two-levels-up-to, got "
                    + oneLevelUpTo + " and " + twoLevelsUpTo);
        }
        if (config.reserveRate().signum() < 0 || config.reserveRate().compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalStateException("lightning.budgets.reserve-rate must be at least 0 and below 1");
        }
    }

    /** Levels an amount needs: 1 up to one-level-up-to, 2 up to two-levels-up-to, 3 above. */
    public int levelsFor(BigDecimal amount) {
        if (amount.compareTo(oneLevelUpTo) <= 0) {
            return 1;
        }
        return amount.compareTo(twoLevelsUpTo) <= 0 ? 2 : 3;
    }

    /** The roles that may decide at {@code level} (1 to 3). */
    public List<String> rolesAt(int level) {
        return roles.get(level - 1);
    }
}

package io.lightningops.campaign.repository;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.BudgetLine;

@ApplicationScoped
public class BudgetLineRepository implements PanacheRepositoryBase<BudgetLine, UUID> {

    /**
     * Commits {@code amount} to the line if it still has that much uncommitted, in one conditional UPDATE: the
     * row lock it takes makes a concurrent commit wait and then re-check the condition against the new value, so
     * two commits racing for the last money cannot both succeed. False when the line lacks the money.
     */
    public boolean commit(UUID lineId, BigDecimal amount) {
        return getEntityManager().createNativeQuery(
                        "UPDATE budget_lines SET committed = committed + :amount "
                                + "WHERE id = :id AND planned - committed >= :amount")
                .setParameter("amount", amount)
                .setParameter("id", lineId)
                .executeUpdate() == 1;
    }
}

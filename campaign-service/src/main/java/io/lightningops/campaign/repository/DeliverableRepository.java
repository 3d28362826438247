package io.lightningops.campaign.repository;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.Deliverable;

@ApplicationScoped
public class DeliverableRepository implements PanacheRepositoryBase<Deliverable, UUID> {

    /** The sum of the deliverables' prices of a partnership (0 if none). */
    public BigDecimal totalPrice(UUID partnershipId) {
        BigDecimal total = getEntityManager()
                .createQuery("select sum(d.price) from Deliverable d where d.partnershipId = :p", BigDecimal.class)
                .setParameter("p", partnershipId)
                .getSingleResult();
        return total == null ? BigDecimal.ZERO.setScale(2) : total;
    }

    /**
     * The partner's on-time share over its deliverables that were due by {@code now} or submitted: submitted no later
     * than due / all of them; null if there are none.
     */
    public BigDecimal onTimeShare(UUID partnerId, Instant now) {
        Object[] row = getEntityManager().createQuery(
                        "select count(d), sum(case when d.submittedAt is not null and d.submittedAt <= d.dueAt then 1 else 0 end) "
                                + "from Deliverable d, Partnership p where p.id = d.partnershipId and p.partnerId = :partner "
                                + "and (d.submittedAt is not null or d.dueAt < :now)", Object[].class)
                .setParameter("partner", partnerId)
                .setParameter("now", now)
                .getSingleResult();
        long due = ((Number) row[0]).longValue();
        if (due == 0) {
            return null;
        }
        long onTime = row[1] == null ? 0 : ((Number) row[1]).longValue();
        return BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), MathContext.DECIMAL64);
    }
}

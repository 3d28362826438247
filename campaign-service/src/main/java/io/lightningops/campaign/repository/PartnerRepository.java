package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.Partner;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** Whether another partner than {@code exceptId} (null for a new one) has this agency key. */
    public boolean agencyTaken(String agency, UUID exceptId) {
        return exceptId == null
                ? count("agency", agency) > 0
                : count("agency = ?1 and id <> ?2", agency, exceptId) > 0;
    }
}

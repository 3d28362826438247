package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.Partnership;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {
}

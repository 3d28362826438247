package io.lightningops.campaign.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.FanClubTier;

@ApplicationScoped
public class FanClubTierRepository implements PanacheRepositoryBase<FanClubTier, Integer> {
}

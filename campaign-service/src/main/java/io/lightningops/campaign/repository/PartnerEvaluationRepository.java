package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.PartnerEvaluation;

@ApplicationScoped
public class PartnerEvaluationRepository implements PanacheRepositoryBase<PartnerEvaluation, UUID> {
}

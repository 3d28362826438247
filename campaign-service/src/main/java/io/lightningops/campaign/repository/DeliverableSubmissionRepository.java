package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.DeliverableSubmission;

@ApplicationScoped
public class DeliverableSubmissionRepository implements PanacheRepositoryBase<DeliverableSubmission, UUID> {
}

package io.lightningops.content.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.content.domain.UgcSubmission;

@ApplicationScoped
public class UgcSubmissionRepository implements PanacheRepositoryBase<UgcSubmission, UUID> {
}

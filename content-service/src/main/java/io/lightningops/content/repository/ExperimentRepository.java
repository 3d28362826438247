package io.lightningops.content.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.content.domain.Experiment;

@ApplicationScoped
public class ExperimentRepository implements PanacheRepositoryBase<Experiment, UUID> {
}

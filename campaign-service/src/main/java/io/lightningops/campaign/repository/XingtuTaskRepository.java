package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.XingtuTask;

@ApplicationScoped
public class XingtuTaskRepository implements PanacheRepositoryBase<XingtuTask, UUID> {
}

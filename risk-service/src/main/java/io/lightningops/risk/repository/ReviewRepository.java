package io.lightningops.risk.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.risk.domain.Review;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {
}

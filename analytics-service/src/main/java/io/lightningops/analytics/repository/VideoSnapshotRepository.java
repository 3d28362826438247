package io.lightningops.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.analytics.domain.VideoSnapshot;
import io.lightningops.analytics.domain.VideoSnapshotId;

@ApplicationScoped
public class VideoSnapshotRepository implements PanacheRepositoryBase<VideoSnapshot, VideoSnapshotId> {
}

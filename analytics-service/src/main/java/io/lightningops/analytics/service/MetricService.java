package io.lightningops.analytics.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import io.lightningops.analytics.repository.VideoSnapshotRepository;
import io.lightningops.analytics.rest.VideoSnapshotResponse;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;

/** Per-video metric snapshots: the raw material of KPIs, alerts and reports. */
@ApplicationScoped
@Transactional
public class MetricService {

    private final VideoSnapshotRepository snapshots;

    public MetricService(VideoSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    /** Snapshots captured in [from, to), newest first; both ends are optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VideoSnapshotResponse> list(String accountId, String videoId, OffsetDateTime from, OffsetDateTime to,
            PageParams page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        return ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("videoId = :video", "video", videoId)
                .and("capturedAt >= :from", "from", from == null ? null : from.toInstant())
                .and("capturedAt < :to", "to", to == null ? null : to.toInstant())
                .page(snapshots, Sort.descending("capturedAt").and("videoId"), page)
                .map(VideoSnapshotResponse::from);
    }
}

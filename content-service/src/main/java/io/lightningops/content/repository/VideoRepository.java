package io.lightningops.content.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.content.domain.Video;
import io.lightningops.content.domain.VideoStatus;

@ApplicationScoped
public class VideoRepository implements PanacheRepositoryBase<Video, UUID> {

    /** The video with its row locked until the transaction ends, so that two status changes never interleave. */
    public Video lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** An IN_REVIEW video claimed by a poller: its id and the review to ask about. */
    public record ReviewClaim(UUID videoId, String reviewId) {
    }

    /**
     * Claims up to {@code limit} IN_REVIEW videos that no poller (of any replica) has checked within {@code lease},
     * least recently checked first, and stamps them as checked now. Rows another replica is claiming at this moment
     * are skipped, not waited for.
     */
    @SuppressWarnings("unchecked")
    public List<ReviewClaim> claimForReviewCheck(int limit, Duration lease) {
        Instant now = Instant.now();
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                UPDATE videos SET review_checked_at = :now
                WHERE id IN (SELECT id FROM videos
                             WHERE status = 'IN_REVIEW' AND (review_checked_at IS NULL OR review_checked_at < :expired)
                             ORDER BY review_checked_at NULLS FIRST, id
                             LIMIT :limit
                             FOR UPDATE SKIP LOCKED)
                RETURNING id, review_id""")
                .setParameter("now", now)
                .setParameter("expired", now.minus(lease))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new ReviewClaim((UUID) row[0], (String) row[1])).toList();
    }

    /** The account's videos in a status, in the given HQL order. */
    public List<Video> ofAccount(UUID accountId, VideoStatus status, String orderBy) {
        return list("accountId = ?1 and status = ?2 order by " + orderBy, accountId, status);
    }

    /** The account's SCHEDULED and PUBLISHED videos with a slot in [from, to), by slot. */
    public List<Video> onCalendar(UUID accountId, Instant from, Instant to) {
        return list("accountId = ?1 and status in ?2 and publishAt >= ?3 and publishAt < ?4 order by publishAt, id",
                accountId, List.of(VideoStatus.SCHEDULED, VideoStatus.PUBLISHED), from, to);
    }

    /** Whether another video of the account holds this slot. */
    public boolean slotTaken(UUID accountId, Instant publishAt, UUID exceptId) {
        return count("accountId = ?1 and publishAt = ?2 and status in ?3 and id <> ?4", accountId, publishAt,
                List.of(VideoStatus.SCHEDULED, VideoStatus.PUBLISHED), exceptId) > 0;
    }
}

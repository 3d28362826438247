package io.lightningops.risk.repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The comment tables, in SQL: ingestion must skip comments it has seen (ON CONFLICT DO NOTHING, safe under
 * concurrent batches) and the statistics are aggregates that no entity would describe better.
 */
@ApplicationScoped
public class CommentStore {

    public record NewComment(String commentId, String videoId, String accountId, String text, String normalized,
            Instant postedAt, String authorRef, boolean negative, Instant ingestedAt) {
    }

    public record Counts(long comments, long negative) {
    }

    public record BucketCounts(long bucket, long comments, long negative) {
    }

    public record TermCount(String term, long count) {
    }

    public record Spike(String videoId, Instant bucketStart, long comments, long negative, BigDecimal ratio,
            BigDecimal baselineRatio, UUID incidentId) {
    }

    public record PostedText(String videoId, String normalized, String text, Instant postedAt) {
    }

    private final EntityManager em;

    public CommentStore(EntityManager em) {
        this.em = em;
    }

    /** Stores a comment; {@code false} if its id was stored before (a retry), in which case nothing changes. */
    public boolean insert(NewComment c) {
        return em.createNativeQuery("INSERT INTO comments (comment_id, video_id, account_id, text, normalized, posted_at,"
                        + " author_ref, negative, ingested_at) VALUES (:id, :video, :account, :text, :normalized, :posted,"
                        + " :author, :negative, :ingested) ON CONFLICT (comment_id) DO NOTHING")
                .setParameter("id", c.commentId())
                .setParameter("video", c.videoId())
                .setParameter("account", c.accountId())
                .setParameter("text", c.text())
                .setParameter("normalized", c.normalized())
                .setParameter("posted", c.postedAt())
                .setParameter("author", c.authorRef())
                .setParameter("negative", c.negative())
                .setParameter("ingested", c.ingestedAt())
                .executeUpdate() == 1;
    }

    public void insertTerms(String commentId, Collection<String> terms) {
        for (String term : terms) {
            em.createNativeQuery("INSERT INTO comment_negative_terms (comment_id, term) VALUES (:id, :term)"
                            + " ON CONFLICT DO NOTHING")
                    .setParameter("id", commentId).setParameter("term", term).executeUpdate();
        }
    }

    /** Comments and negative comments of a video posted in [from, to). */
    public Counts counts(String videoId, Instant from, Instant to) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE negative) FROM comments"
                        + " WHERE video_id = :video AND posted_at >= :from AND posted_at < :to")
                .setParameter("video", videoId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Counts per bucket (bucket index = epoch seconds / bucketSeconds, floored) of the buckets with comments. */
    @SuppressWarnings("unchecked")
    public List<BucketCounts> buckets(String videoId, Instant from, Instant to, long bucketSeconds) {
        List<Object[]> rows = em.createNativeQuery("SELECT CAST(floor(extract(epoch FROM posted_at) / :size) AS bigint) AS b,"
                        + " count(*), count(*) FILTER (WHERE negative) FROM comments"
                        + " WHERE video_id = :video AND posted_at >= :from AND posted_at < :to GROUP BY 1 ORDER BY 1")
                .setParameter("size", bucketSeconds).setParameter("video", videoId)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> new BucketCounts(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    /** The most frequent negative terms of a video's comments posted in [from, to). */
    @SuppressWarnings("unchecked")
    public List<TermCount> topTerms(String videoId, Instant from, Instant to, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT t.term, count(*) FROM comment_negative_terms t"
                        + " JOIN comments c ON c.comment_id = t.comment_id"
                        + " WHERE c.video_id = :video AND c.posted_at >= :from AND c.posted_at < :to"
                        + " GROUP BY t.term ORDER BY count(*) DESC, t.term LIMIT :limit")
                .setParameter("video", videoId).setParameter("from", from).setParameter("to", to)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new TermCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** Records a spiking bucket; {@code false} if it was recorded before (by this or a concurrent batch). */
    public boolean insertSpike(Spike spike, String accountId, Instant detectedAt) {
        return em.createNativeQuery("INSERT INTO comment_spikes (video_id, bucket_start, account_id, comments, negative,"
                        + " ratio, baseline_ratio, detected_at) VALUES (:video, :bucket, :account, :comments, :negative,"
                        + " :ratio, :baseline, :detected) ON CONFLICT (video_id, bucket_start) DO NOTHING")
                .setParameter("video", spike.videoId()).setParameter("bucket", spike.bucketStart())
                .setParameter("account", accountId).setParameter("comments", spike.comments())
                .setParameter("negative", spike.negative()).setParameter("ratio", spike.ratio())
                .setParameter("baseline", spike.baselineRatio()).setParameter("detected", detectedAt)
                .executeUpdate() == 1;
    }

    public void linkIncident(String videoId, Instant bucketStart, UUID incidentId) {
        em.createNativeQuery("UPDATE comment_spikes SET incident_id = :incident WHERE video_id = :video AND bucket_start = :bucket")
                .setParameter("incident", incidentId).setParameter("video", videoId).setParameter("bucket", bucketStart)
                .executeUpdate();
    }

    public Optional<Spike> spike(String videoId, Instant bucketStart) {
        return spikes(videoId, bucketStart, bucketStart.plusSeconds(1)).stream().findFirst();
    }

    /** The spiking buckets of a video that start in [from, to). */
    @SuppressWarnings("unchecked")
    public List<Spike> spikes(String videoId, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("SELECT video_id, bucket_start, comments, negative, ratio, baseline_ratio,"
                        + " incident_id FROM comment_spikes WHERE video_id = :video AND bucket_start >= :from"
                        + " AND bucket_start < :to ORDER BY bucket_start")
                .setParameter("video", videoId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> new Spike((String) r[0], instant(r[1]), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (BigDecimal) r[4], (BigDecimal) r[5],
                r[6] == null ? null : (UUID) r[6])).toList();
    }

    /**
     * The comments of an account's videos posted in [from, to) whose folded text occurs at least
     * {@code minCount} times on the same video, ordered by video, text and time.
     */
    @SuppressWarnings("unchecked")
    public List<PostedText> repeatedTexts(String accountId, Instant from, Instant to, int minCount) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.video_id, c.normalized, c.text, c.posted_at FROM comments c"
                        + " JOIN (SELECT video_id, normalized FROM comments WHERE account_id = :account"
                        + " AND posted_at >= :from AND posted_at < :to GROUP BY video_id, normalized"
                        + " HAVING count(*) >= :min) r ON r.video_id = c.video_id AND r.normalized = c.normalized"
                        + " WHERE c.account_id = :account AND c.posted_at >= :from AND c.posted_at < :to"
                        + " ORDER BY c.video_id, c.normalized, c.posted_at")
                .setParameter("account", accountId).setParameter("from", from).setParameter("to", to)
                .setParameter("min", minCount)
                .getResultList();
        return rows.stream().map(r -> new PostedText((String) r[0], (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}

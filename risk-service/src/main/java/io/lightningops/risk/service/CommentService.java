package io.lightningops.risk.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.lightningops.defaults.problem.ApiException;
import io.lightningops.risk.config.CommentConfig;
import io.lightningops.risk.domain.IncidentSource;
import io.lightningops.risk.domain.IncidentType;
import io.lightningops.risk.domain.RiskTier;
import io.lightningops.risk.repository.CommentStore;
import io.lightningops.risk.rest.CommentBatchRequest;
import io.lightningops.risk.rest.CommentBatchResponse;
import io.lightningops.risk.rest.CommentSpike;
import io.lightningops.risk.rest.CommentStatsResponse;
import io.lightningops.risk.scan.Finding;
import io.lightningops.risk.scan.Scanner;

/**
 * Comment monitoring. Comments are counted per video in buckets of {@code lightning.comments.bucket}. The
 * baseline of a bucket is the negative ratio of the video's previous {@code baseline-buckets} buckets; a bucket
 * spikes when it has at least {@code spike.min-negative} negative comments and a negative ratio of at least
 * {@code max(spike.min-ratio, spike.factor × baseline)}. The first spiking bucket of a run raises one CANDIDATE
 * incident; spiking buckets right after it belong to the same spike.
 * <p>
 * Comments are scanned before the transaction that stores them begins, so that it holds its locks only for
 * the writes.
 */
@ApplicationScoped
public class CommentService {

    private static final int TOP_TERMS = 10;

    private final CommentStore store;
    private final Scanner scanner;
    private final IncidentService incidents;
    private final CommentConfig config;
    private final Clock clock;
    private final Duration bucket;
    private final long bucketSeconds;

    public CommentService(CommentStore store, Scanner scanner, IncidentService incidents, CommentConfig config,
            Clock clock) {
        this.store = store;
        this.scanner = scanner;
        this.incidents = incidents;
        this.config = config;
        this.clock = clock;
        this.bucket = config.bucket();
        this.bucketSeconds = config.bucket().toSeconds();
        if (bucketSeconds < 60 || bucket.toNanosPart() != 0) {
            throw new IllegalStateException("lightning.comments.bucket must be whole seconds, at least PT1M");
        }
    }

    private record Scanned(CommentBatchRequest.Comment comment, String id, String normalized, Set<String> terms) {
    }

    public CommentBatchResponse ingest(CommentBatchRequest batch) {
        List<CommentBatchRequest.Comment> comments = batch.comments();
        List<List<Finding>> findings = scanner.negativeTerms(comments.stream().map(CommentBatchRequest.Comment::text).toList());
        List<Scanned> scanned = new ArrayList<>(comments.size());
        for (int i = 0; i < comments.size(); i++) {
            CommentBatchRequest.Comment comment = comments.get(i);
            Set<String> terms = new LinkedHashSet<>();
            for (Finding finding : findings.get(i)) {
                terms.add(finding.term());
            }
            scanned.add(new Scanned(comment, comment.commentId().strip(), scanner.normalize(comment.text()).strip(), terms));
        }
        return QuarkusTransaction.joiningExisting().call(() -> store(batch.videoId().strip(), batch.accountId().strip(), scanned));
    }

    private CommentBatchResponse store(String videoId, String accountId, List<Scanned> scanned) {
        Instant now = clock.instant();
        SortedSet<Long> touched = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        int accepted = 0;
        int duplicates = 0;
        int negative = 0;
        for (Scanned c : scanned) {
            Instant postedAt = c.comment().postedAt().toInstant();
            if (!seen.add(c.id()) || !store.insert(new CommentStore.NewComment(c.id(), videoId, accountId,
                    c.comment().text(), c.normalized(), postedAt, c.comment().authorRef(), !c.terms().isEmpty(), now))) {
                duplicates++;
                continue;
            }
            accepted++;
            if (!c.terms().isEmpty()) {
                negative++;
                store.insertTerms(c.id(), c.terms());
            }
            touched.add(bucketOf(postedAt));
        }
        List<CommentSpike> spikes = new ArrayList<>();
        for (long index : touched) {
            evaluate(videoId, accountId, index, now).ifPresent(spikes::add);
        }
        return new CommentBatchResponse(accepted, duplicates, negative, spikes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommentStatsResponse stats(String videoId, OffsetDateTime from, OffsetDateTime to) {
        if (videoId == null || videoId.isBlank()) {
            throw ApiException.invalid("videoId", "must not be blank");
        }
        Instant end = to != null ? to.toInstant() : start(bucketOf(clock.instant()) + 1);
        Instant begin = from != null ? from.toInstant() : end.minus(bucket.multipliedBy(config.baselineBuckets()));
        if (!begin.isBefore(end)) {
            throw ApiException.invalid("from", "must be before to");
        }
        if (Duration.between(begin, end).compareTo(bucket.multipliedBy(config.maxStatsBuckets())) > 0) {
            throw ApiException.invalid("from", "the window may span at most " + config.maxStatsBuckets() + " buckets of " + bucket);
        }
        String video = videoId.strip();
        List<CommentSpike> spikes = store.spikes(video, start(bucketOf(begin)), end).stream()
                .map(s -> CommentSpike.from(s, bucket, false)).toList();
        Set<Instant> spiking = new HashSet<>();
        spikes.forEach(s -> spiking.add(s.bucketStart().toInstant()));
        long comments = 0;
        long negative = 0;
        List<CommentStatsResponse.Bucket> buckets = new ArrayList<>();
        for (CommentStore.BucketCounts b : store.buckets(video, begin, end, bucketSeconds)) {
            comments += b.comments();
            negative += b.negative();
            buckets.add(new CommentStatsResponse.Bucket(utc(start(b.bucket())), utc(start(b.bucket() + 1)), b.comments(),
                    b.negative(), ratio(b.negative(), b.comments()), spiking.contains(start(b.bucket()))));
        }
        List<CommentStatsResponse.Term> terms = store.topTerms(video, begin, end, TOP_TERMS).stream()
                .map(t -> new CommentStatsResponse.Term(t.term(), t.count())).toList();
        return new CommentStatsResponse(video, utc(begin), utc(end), bucket.toString(), comments, negative,
                ratio(negative, comments), buckets, terms, spikes);
    }

    private Optional<CommentSpike> evaluate(String videoId, String accountId, long index, Instant now) {
        Instant start = start(index);
        CommentStore.Counts current = store.counts(videoId, start, start(index + 1));
        CommentStore.Counts before = store.counts(videoId, start(index - config.baselineBuckets()), start);
        BigDecimal ratio = ratio(current.negative(), current.comments());
        BigDecimal baseline = ratio(before.negative(), before.comments());
        BigDecimal threshold = config.spike().minRatio().max(config.spike().factor().multiply(baseline));
        if (current.negative() < config.spike().minNegative() || ratio.compareTo(threshold) < 0) {
            return Optional.empty();
        }
        CommentStore.Spike spike = new CommentStore.Spike(videoId, start, current.comments(), current.negative(), ratio,
                baseline, null);
        if (!store.insertSpike(spike, accountId, now)) {
            // found by an earlier batch: it raised (or joined) the incident already
            return store.spike(videoId, start).map(s -> CommentSpike.from(s, bucket, false));
        }
        Optional<CommentStore.Spike> previous = store.spike(videoId, start(index - 1));
        UUID incident;
        boolean raised = previous.isEmpty();
        if (raised) {
            incident = UUID.fromString(incidents.raiseCandidate(IncidentType.NEGATIVE_COMMENTS, tierOf(ratio),
                    IncidentSource.COMMENTS, "Negative comments spike on video " + videoId,
                    current.negative() + " of " + current.comments() + " comments posted from " + start
                            + " are negative (ratio " + ratio + ", baseline " + baseline + ")",
                    accountId, videoId).id());
        } else {
            incident = previous.get().incidentId();
        }
        if (incident != null) {
            store.linkIncident(videoId, start, incident);
        }
        return Optional.of(CommentSpike.from(new CommentStore.Spike(videoId, start, current.comments(),
                current.negative(), ratio, baseline, incident), bucket, raised));
    }

    private RiskTier tierOf(BigDecimal ratio) {
        if (ratio.compareTo(config.spike().majorRatio()) >= 0) {
            return RiskTier.MAJOR;
        }
        return ratio.compareTo(config.spike().importantRatio()) >= 0 ? RiskTier.IMPORTANT : RiskTier.GENERAL;
    }

    private long bucketOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), bucketSeconds);
    }

    private Instant start(long index) {
        return Instant.ofEpochSecond(index * bucketSeconds);
    }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

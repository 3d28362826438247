package io.lightningops.content.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

import io.lightningops.content.client.AnalyticsClient;
import io.lightningops.content.client.MetricSnapshot;
import io.lightningops.content.client.PeerRefusedException;
import io.lightningops.content.client.PeerUnavailableException;
import io.lightningops.content.config.ExperimentConfig;
import io.lightningops.content.domain.Experiment;
import io.lightningops.content.domain.ExperimentMetric;
import io.lightningops.content.domain.ExperimentStatus;
import io.lightningops.content.domain.ExperimentVariant;
import io.lightningops.content.domain.Video;
import io.lightningops.content.repository.AccountRepository;
import io.lightningops.content.repository.ExperimentRepository;
import io.lightningops.content.repository.VideoRepository;
import io.lightningops.content.rest.ConcludeRequest;
import io.lightningops.content.rest.ExperimentRequest;
import io.lightningops.content.rest.ExperimentResponse;
import io.lightningops.content.rest.ExperimentResults;
import io.lightningops.content.rest.ExperimentResults.Comparison;
import io.lightningops.content.rest.ExperimentResults.Conclusion;
import io.lightningops.content.rest.ExperimentResults.VariantResult;
import io.lightningops.defaults.http.ETags;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.persistence.ListQuery;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;

/**
 * A/B tests of creative variants. Results: each variant's newest snapshot from analytics-service (read with the
 * caller's token); the rate is successes / plays (likes, or completions = completionRate x plays); the leader is the
 * best rate; it is compared with every other variant by a two-sided two-proportion z-test (pooled), each at
 * alpha / (k - 1) (Bonferroni over the k - 1 comparisons), and wins only if every comparison is significant. A
 * variant without a snapshot, with fewer than {@code lightning.experiments.min-plays} plays, without a completion
 * rate (COMPLETION_RATE), or with fewer than 5 successes or 5 failures (where the normal approximation behind the
 * z-test fails) makes the answer INSUFFICIENT_DATA.
 */
@ApplicationScoped
@Transactional
public class ExperimentService {

    static final String TEST = "Two-proportion z-test (pooled variance, two-sided) of the leader against each other "
            + "variant; Bonferroni correction for the k-1 comparisons: each p-value is compared with alpha/(k-1). The "
            + "leader wins only if every comparison is significant.";
    private static final int MIN_OUTCOMES = 5;
    private static final Logger LOG = Logger.getLogger(ExperimentService.class);

    private final ExperimentRepository experiments;
    private final VideoRepository videos;
    private final AccountRepository accounts;
    private final AnalyticsClient analytics;
    private final ExperimentConfig config;

    public ExperimentService(ExperimentRepository experiments, VideoRepository videos, AccountRepository accounts,
            AnalyticsClient analytics, ExperimentConfig config) {
        this.experiments = experiments;
        this.videos = videos;
        this.accounts = accounts;
        this.analytics = analytics;
        this.config = config;
    }

    public ExperimentResponse create(ExperimentRequest request) {
        UUID accountId = Ids.parse("accountId", request.accountId());
        if (accounts.findById(accountId) == null) {
            throw ApiException.invalid("accountId", "must be the id of an existing account");
        }
        Set<UUID> seen = new HashSet<>();
        Experiment experiment = new Experiment();
        for (String raw : request.videoIds()) {
            UUID videoId = Ids.parse("videoIds", raw);
            if (!seen.add(videoId)) {
                throw ApiException.invalid("videoIds", "must be distinct; " + videoId + " is named twice");
            }
            Video video = videos.findById(videoId);
            if (video == null || !video.accountId.equals(accountId)) {
                throw ApiException.invalid("videoIds", "must be videos of the account; " + videoId + " is not");
            }
            experiment.variants.add(ExperimentVariant.of(videoId, experiment.variants.size()));
        }
        experiment.accountId = accountId;
        experiment.name = request.name().strip();
        experiment.idea = request.idea();
        experiment.metric = request.metric();
        experiment.status = ExperimentStatus.RUNNING;
        experiments.persist(experiment);
        experiments.flush();
        return ExperimentResponse.from(experiment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExperimentResponse get(UUID id) {
        return ExperimentResponse.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExperimentResponse> list(UUID accountId, ExperimentStatus status, PageParams page) {
        return ListQuery.where()
                .and("accountId = :account", "account", accountId)
                .and("status = :status", "status", status)
                .page(experiments, Sort.by("createdAt").and("id"), page)
                .map(ExperimentResponse::from);
    }

    public ExperimentResponse conclude(UUID id, String ifMatch, ConcludeRequest request) {
        Experiment experiment = find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, experiment.version);
        }
        if (experiment.status != ExperimentStatus.RUNNING) {
            throw ApiException.conflict("The experiment is concluded already");
        }
        UUID winner = request == null ? null : Ids.parse("winnerVideoId", request.winnerVideoId());
        if (winner != null && experiment.variants.stream().noneMatch(v -> v.videoId.equals(winner))) {
            throw ApiException.invalid("winnerVideoId", "must be one of the experiment's variants");
        }
        experiment.status = ExperimentStatus.CONCLUDED;
        experiment.winnerVideoId = winner;
        experiment.conclusionNote = request == null ? null : request.note();
        experiment.concludedAt = Instant.now();
        experiments.flush();
        return ExperimentResponse.from(experiment);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ExperimentResults results(UUID id) {
        Experiment experiment = find(id);
        List<VariantResult> variants = new ArrayList<>();
        for (ExperimentVariant variant : experiment.variants) {
            variants.add(variant(variant, latest(variant.videoId.toString()), experiment.metric));
        }
        return judge(Ids.format(experiment.id), experiment.metric, variants, config.alpha());
    }

    /** The verdict over the variants' data; static so that it is tested on known numbers without HTTP. */
    static ExperimentResults judge(String experimentId, ExperimentMetric metric, List<VariantResult> variants, double alpha) {
        int comparisons = variants.size() - 1;
        double adjustedAlpha = alpha / comparisons;
        List<VariantResult> lacking = variants.stream().filter(v -> !v.sufficient()).toList();
        if (!lacking.isEmpty()) {
            String which = String.join(", ", lacking.stream().map(v -> v.label() + " (" + v.reason() + ")").toList());
            return new ExperimentResults(experimentId, metric, TEST, alpha, comparisons, adjustedAlpha,
                    Conclusion.INSUFFICIENT_DATA, null, null, null, false,
                    "Not enough data for a verdict: " + which + ". Wait for more plays.", variants, List.of());
        }
        List<VariantResult> ranked = variants.stream()
                .sorted(Comparator.comparing((VariantResult v) -> (double) v.successes() / v.plays()).reversed()
                        .thenComparing(VariantResult::label))
                .toList();
        VariantResult leader = ranked.get(0);
        List<Comparison> tests = new ArrayList<>();
        boolean all = true;
        for (VariantResult other : ranked.subList(1, ranked.size())) {
            ProportionTest.Result r = ProportionTest.test(leader.successes(), leader.plays(), other.successes(), other.plays());
            boolean significant = r.pValue() < adjustedAlpha;
            all &= significant;
            tests.add(new Comparison(other.label(), BigDecimal.valueOf(r.z()).setScale(4, RoundingMode.HALF_UP), r.pValue(),
                    Math.min(1, r.pValue() * comparisons), significant));
        }
        String detail = all
                ? leader.label() + " wins: its " + name(metric) + " is higher than every other variant's at the "
                        + "Bonferroni-corrected level " + round(adjustedAlpha) + "."
                : leader.label() + " leads, but not significantly: the difference from " + tests.stream()
                        .filter(c -> !c.significant()).map(Comparison::against).findFirst().orElse("?")
                        + " could be chance (p = " + round(tests.stream().filter(c -> !c.significant())
                        .mapToDouble(Comparison::pValue).findFirst().orElse(1)) + " >= " + round(adjustedAlpha)
                        + "). Keep the test running.";
        return new ExperimentResults(experimentId, metric, TEST, alpha, comparisons, adjustedAlpha,
                all ? Conclusion.SIGNIFICANT_WINNER : Conclusion.NO_SIGNIFICANT_DIFFERENCE, leader.label(),
                all ? leader.label() : null, all ? leader.videoId() : null, all, detail, variants, tests);
    }

    VariantResult variant(ExperimentVariant variant, Optional<MetricSnapshot> latest, ExperimentMetric metric) {
        String videoId = Ids.format(variant.videoId);
        if (latest.isEmpty()) {
            return new VariantResult(variant.label, videoId, null, 0, 0, null, false, "no metrics yet");
        }
        MetricSnapshot s = latest.get();
        long plays = s.plays();
        Long successes = metric == ExperimentMetric.LIKE_RATE ? Long.valueOf(Math.min(s.likes(), plays))
                : s.completionRate() == null ? null
                        : s.completionRate().multiply(BigDecimal.valueOf(plays)).setScale(0, RoundingMode.HALF_UP).longValue();
        BigDecimal rate = plays == 0 || successes == null ? null
                : BigDecimal.valueOf(successes).divide(BigDecimal.valueOf(plays), 4, RoundingMode.HALF_UP);
        String reason = null;
        if (successes == null) {
            reason = "no completion rate reported";
        } else if (plays < config.minPlays()) {
            reason = "fewer than " + config.minPlays() + " plays";
        } else if (successes < MIN_OUTCOMES || plays - successes < MIN_OUTCOMES) {
            reason = "fewer than " + MIN_OUTCOMES + " " + (successes < MIN_OUTCOMES ? "successes" : "failures")
                    + " (the z-test's normal approximation does not hold)";
        }
        return new VariantResult(variant.label, videoId, s.capturedAt(), plays, successes == null ? 0 : successes, rate,
                reason == null, reason);
    }

    private Optional<MetricSnapshot> latest(String videoId) {
        try {
            return analytics.latest(videoId);
        } catch (PeerUnavailableException | FaultToleranceException e) {
            LOG.warnf("analytics-service unavailable for experiment results: %s", e.getMessage());
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE,
                    "analytics-service, which holds the variants' metrics, is unavailable; retry later");
        } catch (PeerRefusedException e) {
            throw new ApiException(ProblemType.BAD_GATEWAY,
                    "analytics-service refused to give the variants' metrics (status " + e.status() + ")");
        }
    }

    private static String name(ExperimentMetric metric) {
        return metric == ExperimentMetric.LIKE_RATE ? "like rate" : "completion rate";
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(3)).toPlainString();
    }

    private Experiment find(UUID id) {
        Experiment experiment = experiments.findById(id);
        if (experiment == null) {
            throw ApiException.notFound("experiment", id);
        }
        return experiment;
    }
}

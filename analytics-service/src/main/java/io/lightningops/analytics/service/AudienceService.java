package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.lightningops.analytics.config.AudienceConfig;
import io.lightningops.analytics.config.MetricsConfig;
import io.lightningops.analytics.domain.AudienceUnit;
import io.lightningops.analytics.repository.AudienceProfiles;
import io.lightningops.analytics.rest.AudienceRequest;
import io.lightningops.analytics.rest.AudienceResponse;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;
import io.lightningops.defaults.problem.Violation;

/** Audience profiles as ingested: validated distributions, one profile per account and day. */
@ApplicationScoped
@Transactional
public class AudienceService {

    static final int MAX_BUCKET_LENGTH = 64;

    private final AudienceProfiles profiles;
    private final AudienceConfig config;
    private final MetricsConfig metrics;

    public AudienceService(AudienceProfiles profiles, AudienceConfig config, MetricsConfig metrics) {
        this.profiles = profiles;
        this.config = config;
        this.metrics = metrics;
    }

    public AudienceResponse put(String accountId, AudienceRequest request) {
        requireAccount(accountId);
        LocalDate today = LocalDate.now(metrics.zone());
        LocalDate date = request.date() == null ? today : request.date();
        List<Violation> violations = new ArrayList<>();
        if (date.isAfter(today)) {
            violations.add(new Violation("date", "must not be in the future"));
        }
        Map<String, BigDecimal> ageBands = distribution("ageBands", request.ageBands(), request.unit(), violations);
        Map<String, BigDecimal> genders = distribution("genders", request.genders(), request.unit(), violations);
        Map<String, BigDecimal> regions = distribution("regions", request.regions(), request.unit(), violations);
        Map<String, BigDecimal> interests = distribution("interests", request.interests(), request.unit(), violations);
        if (ageBands.isEmpty() && genders.isEmpty() && regions.isEmpty() && interests.isEmpty()) {
            violations.add(new Violation("ageBands", "at least one of ageBands, genders, regions, interests must have buckets"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, violations.size() == 1
                    ? violations.get(0).field() + ": " + violations.get(0).message()
                    : "The profile has " + violations.size() + " invalid values; see violations", violations);
        }
        return profiles.upsert(new AudienceResponse(accountId.strip(), date, request.unit(), ageBands, genders, regions,
                interests, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AudienceResponse get(String accountId, LocalDate date) {
        requireAccount(accountId);
        return profiles.asOf(accountId.strip(), date).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "The account " + accountId.strip() + " has no audience profile"
                        + (date == null ? "" : " on or before " + date)));
    }

    /** The distribution with its buckets stripped, adding a violation per bad bucket or a bad sum. */
    private Map<String, BigDecimal> distribution(String field, Map<String, BigDecimal> given, AudienceUnit unit,
            List<Violation> violations) {
        Map<String, BigDecimal> buckets = new LinkedHashMap<>();
        if (given == null || given.isEmpty()) {
            return buckets;
        }
        if (given.size() > config.maxBuckets()) {
            violations.add(new Violation(field, "must have at most " + config.maxBuckets() + " buckets"));
            return buckets;
        }
        int before = violations.size();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> bucket : given.entrySet()) {
            String name = bucket.getKey() == null ? "" : bucket.getKey().strip();
            String path = field + "." + name;
            BigDecimal value = bucket.getValue();
            if (name.isEmpty() || name.length() > MAX_BUCKET_LENGTH) {
                violations.add(new Violation(field, "bucket names must be 1 to " + MAX_BUCKET_LENGTH + " characters"));
            } else if (buckets.containsKey(name)) {
                violations.add(new Violation(path, "is given twice"));
            } else if (value == null) {
                violations.add(new Violation(path, "must be a number"));
            } else if (unit == AudienceUnit.SHARE && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
                violations.add(new Violation(path, "must be a share between 0 and 1"));
            } else if (unit == AudienceUnit.COUNT && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
                violations.add(new Violation(path, "must be a whole number of 0 or more"));
            } else {
                BigDecimal kept = Ratios.plain(value);
                buckets.put(name, kept);
                sum = sum.add(kept);
            }
        }
        if (unit == AudienceUnit.SHARE && violations.size() == before
                && sum.subtract(BigDecimal.ONE).abs().compareTo(config.shareTolerance()) > 0) {
            violations.add(new Violation(field, "shares must sum to 1 (within " + Ratios.plain(config.shareTolerance())
                    + "), not " + Ratios.plain(sum)));
        }
        return buckets;
    }

    private static void requireAccount(String accountId) {
        if (accountId == null || accountId.isBlank() || accountId.strip().length() > 64) {
            throw ApiException.invalid("accountId", "must be 1 to 64 characters");
        }
    }
}

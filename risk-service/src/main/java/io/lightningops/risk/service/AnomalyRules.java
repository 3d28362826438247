package io.lightningops.risk.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.lightningops.risk.client.MetricSnapshot;
import io.lightningops.risk.domain.AnomalyRule;
import io.lightningops.risk.repository.CommentStore;
import io.lightningops.risk.rest.AnomalyReport.Flag;

/**
 * The cheating rules, on data already fetched: pure, so that they are tested on series without services.
 * Counters are cumulative, so the rules compare what two consecutive snapshots of a video gained; an
 * interval in which a counter went down (a correction at the source) is skipped.
 */
public final class AnomalyRules {

    public record Thresholds(BigDecimal maxLikesPerPlay, long minLikes, BigDecimal maxFollowersPerPlay,
            long minFollowers, Duration burstWindow, int burstMinCount) {
    }

    private final Thresholds limits;

    public AnomalyRules(Thresholds limits) {
        this.limits = limits;
    }

    /** LIKES_WITHOUT_PLAYS and FOLLOWERS_WITHOUT_PLAYS over the snapshots of any number of videos. */
    public List<Flag> fromSeries(List<MetricSnapshot> snapshots) {
        Map<String, List<MetricSnapshot>> byVideo = new TreeMap<>();
        for (MetricSnapshot s : snapshots) {
            byVideo.computeIfAbsent(s.videoId(), v -> new ArrayList<>()).add(s);
        }
        List<Flag> flags = new ArrayList<>();
        for (List<MetricSnapshot> series : byVideo.values()) {
            series.sort(Comparator.comparing(MetricSnapshot::capturedAt));
            for (int i = 1; i < series.size(); i++) {
                check(series.get(i - 1), series.get(i), flags);
            }
        }
        return flags;
    }

    private void check(MetricSnapshot before, MetricSnapshot after, List<Flag> flags) {
        long plays = after.plays() - before.plays();
        long likes = after.likes() - before.likes();
        if (plays < 0 || likes < 0) {
            return;
        }
        perPlayRule(AnomalyRule.LIKES_WITHOUT_PLAYS, "likes", likes, plays, limits.minLikes(), limits.maxLikesPerPlay(),
                before, after, flags);
        if (before.newFollowers() != null && after.newFollowers() != null) {
            perPlayRule(AnomalyRule.FOLLOWERS_WITHOUT_PLAYS, "followers", after.newFollowers() - before.newFollowers(),
                    plays, limits.minFollowers(), limits.maxFollowersPerPlay(), before, after, flags);
        }
    }

    /** Flags {@code gained} of {@code what} when it is at least {@code min} and more than {@code maxPerPlay} × plays. */
    private static void perPlayRule(AnomalyRule rule, String what, long gained, long plays, long min,
            BigDecimal maxPerPlay, MetricSnapshot before, MetricSnapshot after, List<Flag> flags) {
        if (gained < min || !exceeds(gained, maxPerPlay, plays)) {
            return;
        }
        String name = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("playsGained", plays);
        evidence.put(what + "Gained", gained);
        evidence.put(what + "PerPlay", perPlay(gained, plays));
        evidence.put("max" + name + "PerPlay", maxPerPlay);
        flags.add(new Flag(rule, after.videoId(), before.capturedAt().withOffsetSameInstant(ZoneOffset.UTC),
                after.capturedAt().withOffsetSameInstant(ZoneOffset.UTC), evidence));
    }

    /**
     * IDENTICAL_COMMENT_BURST: for each video and folded text, the window of {@code burstWindow} holding the most
     * of its comments; flagged when that is at least {@code burstMinCount}. Input ordered by video, text, time.
     */
    public List<Flag> fromComments(List<CommentStore.PostedText> comments) {
        List<Flag> flags = new ArrayList<>();
        int groupStart = 0;
        for (int end = 1; end <= comments.size(); end++) {
            if (end == comments.size() || !sameGroup(comments.get(groupStart), comments.get(end))) {
                burst(comments.subList(groupStart, end)).ifPresent(flags::add);
                groupStart = end;
            }
        }
        return flags;
    }

    private Optional<Flag> burst(List<CommentStore.PostedText> group) {
        int best = 0;
        int bestFirst = 0;
        int bestLast = 0;
        int first = 0;
        for (int last = 0; last < group.size(); last++) {
            Instant latest = group.get(last).postedAt();
            while (Duration.between(group.get(first).postedAt(), latest).compareTo(limits.burstWindow()) > 0) {
                first++;
            }
            if (last - first + 1 > best) {
                best = last - first + 1;
                bestFirst = first;
                bestLast = last;
            }
        }
        if (best < limits.burstMinCount()) {
            return Optional.empty();
        }
        CommentStore.PostedText sample = group.get(bestFirst);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("text", sample.text());
        evidence.put("count", best);
        evidence.put("window", limits.burstWindow().toString());
        evidence.put("minCount", limits.burstMinCount());
        return Optional.of(new Flag(AnomalyRule.IDENTICAL_COMMENT_BURST, sample.videoId(),
                sample.postedAt().atOffset(ZoneOffset.UTC), group.get(bestLast).postedAt().atOffset(ZoneOffset.UTC),
                evidence));
    }

    private static boolean sameGroup(CommentStore.PostedText a, CommentStore.PostedText b) {
        return a.videoId().equals(b.videoId()) && a.normalized().equals(b.normalized());
    }

    /** gained > maxPerPlay × plays (with no plays at all, anything gained exceeds it). */
    private static boolean exceeds(long gained, BigDecimal maxPerPlay, long plays) {
        return BigDecimal.valueOf(gained).compareTo(maxPerPlay.multiply(BigDecimal.valueOf(plays))) > 0;
    }

    private static BigDecimal perPlay(long gained, long plays) {
        return plays == 0 ? null : BigDecimal.valueOf(gained).divide(BigDecimal.valueOf(plays), 4, RoundingMode.HALF_UP);
    }
}

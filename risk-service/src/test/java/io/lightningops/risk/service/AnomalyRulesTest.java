package io.lightningops.risk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.lightningops.risk.client.MetricSnapshot;
import io.lightningops.risk.domain.AnomalyRule;
import io.lightningops.risk.repository.CommentStore;
import io.lightningops.risk.rest.AnomalyReport.Flag;

/** The cheating rules on series data, without services. */
class AnomalyRulesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-24T10:00:00+08:00");
    private final AnomalyRules rules = new AnomalyRules(new AnomalyRules.Thresholds(new BigDecimal("0.30"), 50,
            new BigDecimal("0.05"), 30, Duration.ofMinutes(10), 5));

    private static MetricSnapshot at(String video, int hour, long plays, long likes, Long followers) {
        return new MetricSnapshot(video, "acct", T0.plusHours(hour), plays, likes, 0, 0, null, null, null, followers);
    }

    @Test
    void likesFarAboveThePlaysGainedAreFlaggedWithTheirEvidence() {
        List<Flag> flags = rules.fromSeries(List.of(at("v", 0, 1000, 50, null), at("v", 1, 1100, 1500, null)));
        assertEquals(1, flags.size());
        Flag flag = flags.get(0);
        assertEquals(AnomalyRule.LIKES_WITHOUT_PLAYS, flag.rule());
        assertEquals("v", flag.videoId());
        assertEquals(T0.toInstant(), flag.from().toInstant());
        assertEquals(T0.plusHours(1).toInstant(), flag.to().toInstant());
        assertEquals(ZoneOffset.UTC, flag.to().getOffset());
        assertEquals(100L, flag.evidence().get("playsGained"));
        assertEquals(1450L, flag.evidence().get("likesGained"));
        assertEquals(new BigDecimal("14.5000"), flag.evidence().get("likesPerPlay"));
    }

    @Test
    void likesInProportionToPlaysAreNotFlagged() {
        // 30 likes per 100 plays is the limit itself: flagged only above it
        assertTrue(rules.fromSeries(List.of(at("v", 0, 0, 0, null), at("v", 1, 1000, 300, null))).isEmpty());
        assertEquals(1, rules.fromSeries(List.of(at("v", 0, 0, 0, null), at("v", 1, 1000, 301, null))).size());
    }

    @Test
    void fewerLikesThanTheMinimumAreNotFlaggedEvenWithoutPlays() {
        assertTrue(rules.fromSeries(List.of(at("v", 0, 500, 10, null), at("v", 1, 500, 59, null))).isEmpty());
        List<Flag> flags = rules.fromSeries(List.of(at("v", 0, 500, 10, null), at("v", 1, 500, 60, null)));
        assertEquals(1, flags.size());
        assertNull(flags.get(0).evidence().get("likesPerPlay"));
    }

    @Test
    void snapshotsAreComparedInTimeOrderPerVideo() {
        List<MetricSnapshot> series = new ArrayList<>(List.of(at("b", 1, 2000, 100, null), at("a", 1, 2000, 2000, null),
                at("b", 0, 1000, 50, null), at("a", 0, 1000, 50, null)));
        List<Flag> flags = rules.fromSeries(series);
        assertEquals(1, flags.size());
        assertEquals("a", flags.get(0).videoId());
    }

    @Test
    void anIntervalWhoseCountersWentDownIsSkipped() {
        assertTrue(rules.fromSeries(List.of(at("v", 0, 1000, 900, null), at("v", 1, 10, 2000, null))).isEmpty());
    }

    @Test
    void aFollowerJumpWithNoMatchingPlaysIsFlagged() {
        List<Flag> flags = rules.fromSeries(List.of(at("v", 0, 5000, 100, 10L), at("v", 1, 5000, 100, 610L)));
        assertEquals(1, flags.size());
        assertEquals(AnomalyRule.FOLLOWERS_WITHOUT_PLAYS, flags.get(0).rule());
        assertEquals(600L, flags.get(0).evidence().get("followersGained"));
        assertEquals(0L, flags.get(0).evidence().get("playsGained"));
    }

    @Test
    void followersInProportionToPlaysOrUnreportedAreNotFlagged() {
        assertTrue(rules.fromSeries(List.of(at("v", 0, 0, 0, 0L), at("v", 1, 10000, 300, 400L))).isEmpty());
        assertTrue(rules.fromSeries(List.of(at("v", 0, 5000, 100, null), at("v", 1, 5000, 100, 610L))).isEmpty());
        assertTrue(rules.fromSeries(List.of(at("v", 0, 5000, 100, 10L), at("v", 1, 5000, 100, 39L))).isEmpty());
    }

    private static CommentStore.PostedText text(String video, String normalized, int minute) {
        return new CommentStore.PostedText(video, normalized, normalized + "!", T0.toInstant().plus(Duration.ofMinutes(minute)));
    }

    @Test
    void fiveIdenticalCommentsWithinTenMinutesAreABurst() {
        List<Flag> flags = rules.fromComments(List.of(text("v", "好喝", 0), text("v", "好喝", 2), text("v", "好喝", 4),
                text("v", "好喝", 6), text("v", "好喝", 10), text("v", "好喝", 40)));
        assertEquals(1, flags.size());
        Flag flag = flags.get(0);
        assertEquals(AnomalyRule.IDENTICAL_COMMENT_BURST, flag.rule());
        assertEquals(5, flag.evidence().get("count"));
        assertEquals("好喝!", flag.evidence().get("text"));
        assertEquals(T0.toInstant(), flag.from().toInstant());
        assertEquals(T0.toInstant().plus(Duration.ofMinutes(10)), flag.to().toInstant());
    }

    @Test
    void identicalCommentsSpreadOutOrOnOtherVideosAreNoBurst() {
        assertTrue(rules.fromComments(List.of(text("v", "好喝", 0), text("v", "好喝", 5), text("v", "好喝", 11),
                text("v", "好喝", 16), text("v", "好喝", 22))).isEmpty());
        assertTrue(rules.fromComments(List.of(text("v", "好喝", 0), text("v", "好喝", 1), text("v", "好喝", 2),
                text("v", "好喝", 3), text("w", "好喝", 4))).isEmpty());
        assertTrue(rules.fromComments(List.of(text("v", "好喝", 0), text("v", "好喝", 1), text("v", "好喝", 2),
                text("v", "好喝", 3), text("v", "难喝", 4))).isEmpty());
    }
}

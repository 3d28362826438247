package io.lightningops.risk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.lightningops.risk.config.RiskTierConfig;
import io.lightningops.risk.domain.RiskTier;

class RiskTiersTest {

    record Thresholds(int importantFrom, int majorFrom) implements RiskTierConfig {
    }

    private final RiskTiers defaults = new RiskTiers(new Thresholds(27, 64));

    @Test
    void theScoreIsTheProductOfTheThreeFactors() {
        assertEquals(64, RiskTiers.score(4, 4, 4));
        assertEquals(1, RiskTiers.score(1, 1, 1));
        assertEquals(125, RiskTiers.score(5, 5, 5));
        assertEquals(30, RiskTiers.score(2, 3, 5));
    }

    @Test
    void eachThresholdIsTheFirstScoreOfItsTier() {
        assertEquals(RiskTier.GENERAL, defaults.tierOf(1));
        assertEquals(RiskTier.GENERAL, defaults.tierOf(26));
        assertEquals(RiskTier.IMPORTANT, defaults.tierOf(27));
        assertEquals(RiskTier.IMPORTANT, defaults.tierOf(63));
        assertEquals(RiskTier.MAJOR, defaults.tierOf(64));
        assertEquals(RiskTier.MAJOR, defaults.tierOf(125));
    }

    @Test
    void theScoreBandsOfTheTiersCoverOneToHundredTwentyFiveWithoutOverlap() {
        assertEquals(1, defaults.lowestScore(RiskTier.GENERAL));
        assertEquals(26, defaults.highestScore(RiskTier.GENERAL));
        assertEquals(27, defaults.lowestScore(RiskTier.IMPORTANT));
        assertEquals(63, defaults.highestScore(RiskTier.IMPORTANT));
        assertEquals(64, defaults.lowestScore(RiskTier.MAJOR));
        assertEquals(125, defaults.highestScore(RiskTier.MAJOR));
        for (int score = 1; score <= 125; score++) {
            RiskTier tier = defaults.tierOf(score);
            assertTrue(defaults.lowestScore(tier) <= score && score <= defaults.highestScore(tier),
                    "score " + score + " lies outside the band of " + tier);
        }
    }

    @Test
    void thresholdsOutOfOrderOrOutOfRangeStopTheService() {
        assertThrows(IllegalStateException.class, () -> new RiskTiers(new Thresholds(64, 64)));
        assertThrows(IllegalStateException.class, () -> new RiskTiers(new Thresholds(64, 27)));
        assertThrows(IllegalStateException.class, () -> new RiskTiers(new Thresholds(0, 64)));
        assertThrows(IllegalStateException.class, () -> new RiskTiers(new Thresholds(27, 126)));
    }

    @Test
    void anImportantThresholdOfOneLeavesNoGeneralScore() {
        RiskTiers everythingMatters = new RiskTiers(new Thresholds(1, 125));
        assertEquals(RiskTier.IMPORTANT, everythingMatters.tierOf(1));
        assertEquals(RiskTier.MAJOR, everythingMatters.tierOf(125));
        assertTrue(everythingMatters.highestScore(RiskTier.GENERAL) < everythingMatters.lowestScore(RiskTier.GENERAL));
    }
}

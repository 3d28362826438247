package io.lightningops.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.lightningops.content.domain.ExperimentMetric;
import io.lightningops.content.rest.ExperimentResults;
import io.lightningops.content.rest.ExperimentResults.Conclusion;
import io.lightningops.content.rest.ExperimentResults.VariantResult;

/** The verdict: the leader against each other variant, Bonferroni over k-1 comparisons, insufficient data said. */
class ExperimentJudgeTest {

    private static VariantResult variant(String label, long plays, long successes) {
        return new VariantResult(label, "video-" + label, null, plays, successes,
                BigDecimal.valueOf(successes).divide(BigDecimal.valueOf(plays), 4, RoundingMode.HALF_UP), true, null);
    }

    @Test
    void aLeaderBeatingEveryOtherVariantAtTheCorrectedLevelWins() {
        ExperimentResults r = ExperimentService.judge("e", ExperimentMetric.LIKE_RATE,
                List.of(variant("A", 1000, 30), variant("B", 1000, 60)), 0.05);
        assertEquals(Conclusion.SIGNIFICANT_WINNER, r.conclusion());
        assertEquals("B", r.winner());
        assertEquals("video-B", r.winnerVideoId());
        assertEquals(1, r.comparisons());
        assertEquals(0.05, r.adjustedAlpha(), 1e-12);
        assertEquals("A", r.tests().get(0).against());
        assertEquals(new BigDecimal("3.2359"), r.tests().get(0).z());
        assertEquals(0.0012125, r.tests().get(0).pValue(), 1e-6);
    }

    @Test
    void withThreeVariantsAP3PercentDifferenceIsNotEnoughAfterBonferroni() {
        // B vs A: p = 0.0285 < 0.05 but > 0.05 / 2 = 0.025, so not significant once corrected for two comparisons
        ExperimentResults r = ExperimentService.judge("e", ExperimentMetric.COMPLETION_RATE,
                List.of(variant("A", 100, 30), variant("B", 100, 45), variant("C", 100, 10)), 0.05);
        assertEquals(Conclusion.NO_SIGNIFICANT_DIFFERENCE, r.conclusion());
        assertEquals("B", r.leader());
        assertNull(r.winner());
        assertFalse(r.significant());
        assertEquals(2, r.comparisons());
        assertEquals(0.025, r.adjustedAlpha(), 1e-12);
        assertEquals("A", r.tests().get(0).against());
        assertEquals(0.02845973691631055, r.tests().get(0).pValue(), 1e-7);
        assertEquals(0.0569194738, r.tests().get(0).adjustedPValue(), 1e-7);
        assertFalse(r.tests().get(0).significant());
        assertEquals("C", r.tests().get(1).against());
        assertTrue(r.tests().get(1).significant());
        assertTrue(r.detail().contains("not significantly"), r.detail());
    }

    @Test
    void aVariantWithoutEnoughDataMakesTheAnswerInsufficientWithTheReason() {
        VariantResult lacking = new VariantResult("B", "video-B", null, 40, 2, new BigDecimal("0.0500"), false,
                "fewer than 100 plays");
        ExperimentResults r = ExperimentService.judge("e", ExperimentMetric.LIKE_RATE, List.of(variant("A", 1000, 30), lacking), 0.05);
        assertEquals(Conclusion.INSUFFICIENT_DATA, r.conclusion());
        assertNull(r.leader());
        assertNull(r.winner());
        assertTrue(r.tests().isEmpty());
        assertTrue(r.detail().contains("B (fewer than 100 plays)"), r.detail());
    }
}

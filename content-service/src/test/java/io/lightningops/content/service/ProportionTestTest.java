package io.lightningops.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The z-test against values computed independently (scipy.stats.norm.sf, and the formula by hand). */
class ProportionTestTest {

    @Test
    void theTwoSidedPValueOfKnownZScores() {
        assertEquals(0.05, ProportionTest.twoSidedP(1.959963984540054), 1e-7);
        assertEquals(0.0026997960632601866, ProportionTest.twoSidedP(3.0), 1e-8);
        assertEquals(0.6170750774519738, ProportionTest.twoSidedP(0.5), 1e-7);
        assertEquals(0.6170750774519738, ProportionTest.twoSidedP(-0.5), 1e-7);
        assertEquals(1.0, ProportionTest.twoSidedP(0), 1e-9);
    }

    @Test
    void likeRatesOf6And3PercentOver1000PlaysEachDifferSignificantly() {
        ProportionTest.Result r = ProportionTest.test(60, 1000, 30, 1000);
        assertEquals(3.2359240084528675, r.z(), 1e-9);
        assertEquals(0.0012124965861542163, r.pValue(), 1e-9);
    }

    @Test
    void fortyFiveAgainstThirtyOfAHundredIsSignificantAtFivePercentButNotAfterBonferroniForThree() {
        ProportionTest.Result r = ProportionTest.test(45, 100, 30, 100);
        assertEquals(2.1908902300206647, r.z(), 1e-9);
        assertEquals(0.02845973691631055, r.pValue(), 1e-8);
    }

    @Test
    void completionsOf52Against48PercentOf1000PlaysAreNotSignificant() {
        ProportionTest.Result r = ProportionTest.test(520, 1000, 480, 1000);
        assertEquals(1.7888543819998333, r.z(), 1e-9);
        assertEquals(0.0736382701203024, r.pValue(), 1e-8);
    }

    @Test
    void identicalAllOrNothingProportionsAreNoDifferenceAndImpossibleCountsAreRefused() {
        assertEquals(new ProportionTest.Result(0, 1), ProportionTest.test(0, 50, 0, 80));
        assertEquals(new ProportionTest.Result(0, 1), ProportionTest.test(50, 50, 80, 80));
        assertThrows(IllegalArgumentException.class, () -> ProportionTest.test(11, 10, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> ProportionTest.test(0, 0, 1, 10));
    }
}

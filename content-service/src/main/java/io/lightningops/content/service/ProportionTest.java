package io.lightningops.content.service;

/**
 * The two-proportion z-test with pooled variance, two-sided: are x1/n1 and x2/n2 different?
 * z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)) with p = (x1 + x2) / (n1 + n2), and the p-value is
 * P(|Z| >= |z|) = erfc(|z| / sqrt 2) for a standard normal Z. Plain Java, no Quarkus.
 */
public final class ProportionTest {

    private ProportionTest() {
    }

    /** z and its two-sided p-value. */
    public record Result(double z, double pValue) {
    }

    public static Result test(long x1, long n1, long x2, long n2) {
        if (n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
            throw new IllegalArgumentException("need 0 <= x <= n and n > 0");
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            // both all-or-nothing and equal: no difference at all
            return new Result(0, 1);
        }
        double z = (p1 - p2) / se;
        return new Result(z, twoSidedP(z));
    }

    /** P(|Z| >= |z|) for a standard normal Z. */
    public static double twoSidedP(double z) {
        return Math.min(1, erfc(Math.abs(z) / Math.sqrt(2)));
    }

    /**
     * The complementary error function, by the Chebyshev fit of Numerical Recipes (2nd ed., 6.2, erfcc): relative
     * error below 1.2e-7 everywhere, plenty for p-values compared with 0.05 / 14.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}

package io.lightningops.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way KPIs divide: exact decimals rounded half up, null when there is nothing to divide by. */
public final class Ratios {

    /** Scale of rates (likeRate, completionRate, progress …). */
    public static final int RATE_SCALE = 6;
    /** Scale of averages (plays per video, watch seconds). */
    public static final int AVERAGE_SCALE = 2;

    private Ratios() {
    }

    public static BigDecimal rate(long part, long whole) {
        return divide(BigDecimal.valueOf(part), whole, RATE_SCALE);
    }

    public static BigDecimal divide(BigDecimal part, long whole, int scale) {
        return whole == 0 || part == null ? null : part.divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }

    public static BigDecimal divide(BigDecimal part, BigDecimal whole, int scale) {
        return whole == null || part == null || whole.signum() == 0 ? null : part.divide(whole, scale, RoundingMode.HALF_UP);
    }

    /** The value without trailing zeros, never in exponent form: 3000.000000 → 3000, 0.2000 → 0.2. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

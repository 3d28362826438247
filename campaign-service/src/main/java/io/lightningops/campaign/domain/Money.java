package io.lightningops.campaign.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact money in CNY: BigDecimal with two decimals (fen), rounded half up where a product or share makes more;
 * ratios (ROI, variance) have four decimals, also rounded half up. JSON carries both as decimal strings.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final int RATIO_SCALE = 4;

    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** {@code numerator / denominator} to four decimals, or null when the denominator is zero. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** The decimal string of an amount, e.g. {@code "1234.50"}; null stays null. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : cents(amount).toPlainString();
    }

    public static String formatRatio(BigDecimal ratio) {
        return ratio == null ? null : ratio.setScale(RATIO_SCALE, RoundingMode.HALF_UP).toPlainString();
    }
}

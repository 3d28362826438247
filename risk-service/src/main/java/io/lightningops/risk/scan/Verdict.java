package io.lightningops.risk.scan;

/** The outcome of a scan: the most severe finding decides it; no finding is a PASS. */
public enum Verdict {
    PASS,
    REVIEW,
    BLOCK;

    /** The verdict that a finding of {@code severity} calls for. */
    public static Verdict of(Severity severity) {
        return severity == Severity.BLOCK ? BLOCK : REVIEW;
    }
}

package io.lightningops.risk.domain;

/** The levels of the three-level review, in the order a piece of content passes them. */
public enum ReviewLevel {
    /** The creator checks their own content against the findings. */
    SELF_CHECK,
    /** The compliance team. */
    COMPLIANCE,
    /** Legal counsel: the last word unless configuration ends the chain earlier. */
    LEGAL;

    /** The level after this one, or {@code null} after LEGAL. */
    public ReviewLevel next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}

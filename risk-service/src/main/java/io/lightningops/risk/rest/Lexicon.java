package io.lightningops.risk.rest;

/** Rules of the lexicon that requests are checked against. */
public final class Lexicon {

    public static final String CATEGORY_PATTERN = "^[A-Z][A-Z0-9_]{1,31}$";
    public static final String CATEGORY_MESSAGE = "must be 2 to 32 upper-case letters, digits or _, starting with a letter";

    private Lexicon() {
    }
}

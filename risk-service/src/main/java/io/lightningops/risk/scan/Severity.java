package io.lightningops.risk.scan;

/** How bad a lexicon term is in copy: BLOCK stops publication, REVIEW sends it to a person. */
public enum Severity {
    REVIEW,
    BLOCK
}

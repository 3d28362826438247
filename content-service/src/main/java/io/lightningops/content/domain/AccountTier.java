package io.lightningops.content.domain;

/** An account's place in the matrix: one MAIN account and its SUB accounts ("1 main + N"). */
public enum AccountTier {
    MAIN,
    SUB
}

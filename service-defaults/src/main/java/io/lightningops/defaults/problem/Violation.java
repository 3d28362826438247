package io.lightningops.defaults.problem;

/** One invalid input: the request field (as the client named it) and what is wrong with it. */
public record Violation(String field, String message) {
}

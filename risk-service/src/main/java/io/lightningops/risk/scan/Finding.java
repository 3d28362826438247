package io.lightningops.risk.scan;

/**
 * One lexicon term found in a text. {@code start} and {@code end} are UTF-16 offsets into the text as it
 * was sent (end exclusive), covering the whole span that matched, including any separators or zero-width
 * characters that were placed inside the term; {@code term} is the lexicon's spelling of the term.
 */
public record Finding(String term, String category, Severity severity, int start, int end, String suggestion) {
}

package io.lightningops.content.domain;

/**
 * A lexicon term risk-service found in a video's title or script. {@code start}/{@code end} are UTF-16 offsets
 * into that field's text as scanned (end exclusive), so a console highlights {@code field.slice(start, end)}.
 */
public record Finding(
        String field,
        String term,
        String category,
        String severity,
        int start,
        int end,
        String suggestion) {

    public static final String TITLE = "title";
    public static final String SCRIPT = "script";
}

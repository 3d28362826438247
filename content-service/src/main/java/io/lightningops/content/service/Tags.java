package io.lightningops.content.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.lightningops.defaults.problem.ApiException;

/**
 * Content tags as accounts, topics and assets carry them. Length and count are checked by Bean Validation
 * on the request; here they are trimmed, and a tag given twice (ignoring case) is refused.
 */
public final class Tags {

    private Tags() {
    }

    /** The tags trimmed, in their order; a repeated one is a validation problem on {@code field[i]}. */
    public static List<String> clean(String field, List<String> tags) {
        List<String> cleaned = new ArrayList<>();
        if (tags == null) {
            return cleaned;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i).strip();
            if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                throw ApiException.invalid(field + "[" + i + "]", "repeats the tag " + tag);
            }
            cleaned.add(tag);
        }
        return cleaned;
    }
}

package io.lightningops.defaults.http;

import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a versioned resource is served with {@code ETag: "<version>"} and
 * changed only with a matching {@code If-Match}. A missing If-Match is a 428, a stale one a 412.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws the 428 or 412 problem unless {@code ifMatch} names {@code currentVersion} (or is {@code *}). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag from your last GET, so that you do not overwrite someone else's change");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED,
                "The resource has changed since you read it: its ETag is now " + current);
    }
}

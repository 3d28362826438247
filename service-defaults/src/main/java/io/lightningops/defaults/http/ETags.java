package io.lightningops.defaults.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

    /** 200 with a versioned resource and its ETag, the answer to a GET or an update. */
    public static Response ok(Object resource, long version) {
        return Response.ok(resource).header(HttpHeaders.ETAG, of(version)).build();
    }

    /** 201 for a resource that a POST to its collection created: Location is the collection's URL and the id. */
    public static Response created(UriInfo uri, String id, Object resource, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .header(HttpHeaders.ETAG, of(version)).entity(resource).build();
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

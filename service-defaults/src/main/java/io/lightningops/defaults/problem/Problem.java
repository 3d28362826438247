package io.lightningops.defaults.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx response of the suite.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail; the body of every error response.")
public record Problem(
        @Schema(description = "URI that identifies the problem type", example = "https://lightning-ops.dev/problems/not-found")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Not Found")
        String title,
        @Schema(description = "HTTP status code", example = "404")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "No account with id 42")
        String detail,
        @Schema(description = "The request path", example = "/api/accounts/42")
        String instance,
        @Schema(description = "The X-Request-Id of the request, to find it in the logs")
        String requestId,
        @Schema(description = "Invalid fields, for validation problems")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://lightning-ops.dev/problems/";

    public Problem withContext(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, violations);
    }
}

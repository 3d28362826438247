package io.lightningops.defaults.problem;

/**
 * The problem types of the suite. The type URI is stable, so clients can branch on it.
 */
public enum ProblemType {

    BAD_REQUEST(400, "bad-request", "Bad Request"),
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not Found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not Acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition Failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload Too Large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused"),
    UNPROCESSABLE(422, "unprocessable", "Unprocessable Content"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition Required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too Many Requests"),
    INTERNAL(500, "internal", "Internal Server Error"),
    BAD_GATEWAY(502, "bad-gateway", "Bad Gateway"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service Unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Gateway Timeout");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return Problem.TYPE_BASE + slug;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, null, null);
    }

    /** The type for a status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}

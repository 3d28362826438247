package io.lightningops.defaults.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Thrown by service code to answer with a problem. Mapped to problem+json in one place
 * ({@link ProblemMappers}), so resources and services never build error responses themselves.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ApiException(ProblemType type, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = violations;
    }

    public ProblemType type() {
        return type;
    }

    public Problem problem() {
        Problem base = type.problem(getMessage());
        return new Problem(base.type(), base.title(), base.status(), base.detail(), null, null, violations);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(ProblemType.BAD_REQUEST, detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, field + ": " + message, List.of(new Violation(field, message)));
    }

    /** A body that is not JSON at all, with where the parser gave up. */
    public static ApiException malformedJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return new ApiException(ProblemType.MALFORMED_JSON, "The request body is not valid JSON" + where);
    }
}

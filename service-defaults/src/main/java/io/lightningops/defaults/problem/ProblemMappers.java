package io.lightningops.defaults.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import io.lightningops.defaults.http.ProblemResponses;
import io.lightningops.defaults.http.RequestIds;

/**
 * The one place where exceptions become problem+json responses in every service. Errors that never
 * reach JAX-RS (unknown routes, oversized bodies) are handled by {@link ProblemRoutes}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int PRIORITY = Priorities.USER - 100;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(Violations.of(v));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return respond(new ApiException(ProblemType.VALIDATION, detail, violations).problem(), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY, value = {JsonParseException.class})
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(ApiException.malformedJson(e).problem(), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY, value = {MismatchedInputException.class, InvalidFormatException.class,
            ValueInstantiationException.class, JsonMappingException.class, JsonProcessingException.class})
    public Response unmappableJson(JsonProcessingException e, UriInfo uri) {
        Violation violation = Violations.of(e);
        if (violation.field().isEmpty()) {
            return respond(ProblemType.MALFORMED_JSON.problem("The request body does not have the expected shape"), uri);
        }
        return respond(new ApiException(ProblemType.VALIDATION, violation.field() + ": " + violation.message(),
                List.of(violation)).problem(), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response web(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        // Quarkus REST wraps body-reading failures; answer them as the JSON problems they are
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unmappableJson(json, uri);
        }
        // JAX-RS answers 404 when a query or path parameter cannot be converted; it is the caller's input that is wrong
        if (status == 404 && isConversionFailure(e.getCause())) {
            return respond(ProblemType.BAD_REQUEST.problem("A path or query parameter has the wrong format"), uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This resource does not allow that method";
            case 406 -> "This resource cannot produce the requested media type";
            case 413 -> "The request body is too large";
            case 415 -> "This resource does not accept the request's media type";
            default -> status >= 500 ? type.title() : safeMessage(e, type);
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(type.problem(detail).withContext(uri.getPath(), RequestIds.current()));
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = PRIORITY, value = {UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        if (Failures.identityProviderUnavailable(e)) {
            LOG.warn("Identity provider unavailable: " + e.getMessage());
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE.problem(
                    ProblemResponses.IDENTITY_PROVIDER_UNAVAILABLE), uri))
                    .header(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS).build();
        }
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED.problem(
                "A valid bearer token is required"), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, ProblemResponses.BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN.problem("Your roles do not allow this operation"), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Failures.identityProviderUnavailable(e) && e.getClass().getName().startsWith("io.quarkus")) {
            return unauthorized(new AuthenticationFailedException(e), uri);
        }
        ProblemType type = Failures.classify(e);
        if (type != null) {
            LOG.debug("Request failed with " + type, e);
            return respond(type.problem(Failures.detailFor(type)), uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(ProblemType.INTERNAL.problem("An unexpected error occurred; quote the request id when you report it"), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.withContext(uri == null ? null : uri.getPath(), RequestIds.current()))
                .build();
    }

    private static boolean isConversionFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException || t instanceof java.time.format.DateTimeParseException) {
                return true;
            }
        }
        return false;
    }

    private static String safeMessage(WebApplicationException e, ProblemType type) {
        // JAX-RS messages are written for developers of the framework; keep only short, plain ones.
        String message = e.getMessage();
        if (message == null || message.length() > 200 || message.contains("Exception") || message.contains("java.")) {
            return type.title();
        }
        return message;
    }
}

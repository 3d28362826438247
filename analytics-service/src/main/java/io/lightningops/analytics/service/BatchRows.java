package io.lightningops.analytics.service;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.lightningops.analytics.rest.Rejection;
import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;
import io.lightningops.defaults.problem.Violation;
import io.lightningops.defaults.problem.Violations;

/**
 * Reads a batch row by row: the body, a JSON array, is streamed and each element is bound straight to a request
 * record (no tree of the batch is built) and validated on its own, so that a row of the wrong shape or with a bad
 * value is rejected with its index and reason and the others go on. A body that is not a JSON array at all is a 400
 * problem; more rows than allowed is a 413 problem, and then nothing is stored. A row is first put to its type's
 * {@link QuickCheck}; only a row that does not pass it goes through the validator, which words the reasons.
 */
@ApplicationScoped
public class BatchRows {

    private final ObjectMapper json;
    private final Validator validator;
    /** Per row type: its quick check, or empty when only the validator can tell. */
    private final Map<Class<?>, Optional<QuickCheck>> quickChecks = new ConcurrentHashMap<>();

    public BatchRows(ObjectMapper json, Validator validator) {
        this.json = json.copy().registerModule(
                new SimpleModule("batch-rows").addDeserializer(OffsetDateTime.class, new IsoOffsetDateTimes()));
        this.validator = validator;
    }

    /** A valid row and its position in the batch. */
    public record Row<T>(int index, T value) {
    }

    public record Parsed<T>(List<Row<T>> rows, List<Rejection> rejected) {
    }

    /**
     * @param body    the request body, a JSON array of rows
     * @param maxRows more rows than this are a 413 problem
     * @param rule    a check beyond Bean Validation: the reason to reject a row, or {@code null} to keep it
     */
    public <T> Parsed<T> parse(byte[] body, Class<T> type, int maxRows, Function<T, String> rule) {
        ObjectReader reader = json.readerFor(type).without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        List<Row<T>> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(body == null ? new byte[0] : body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ApiException(ProblemType.MALFORMED_JSON, "The request body must be a JSON array of rows");
            }
            JsonStreamContext array = parser.getParsingContext();
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
                if (index >= maxRows) {
                    parser.skipChildren();
                    continue;
                }
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    rejected.add(new Rejection(index, "must be a JSON object"));
                    continue;
                }
                String reason;
                T value = null;
                try {
                    value = reader.readValue(parser);
                    reason = reasonToReject(value, rule);
                } catch (JsonProcessingException e) {
                    if (isSyntaxError(e)) {
                        throw e;
                    }
                    Violation violation = Violations.of(e);
                    reason = violation.field().isEmpty() ? violation.message()
                            : violation.field() + ": " + violation.message();
                    skipRestOfRow(parser, array);
                }
                if (reason == null) {
                    rows.add(new Row<>(index, value));
                } else {
                    rejected.add(new Rejection(index, reason));
                }
            }
            if (parser.nextToken() != null) {
                throw new ApiException(ProblemType.MALFORMED_JSON, "The request body must hold one JSON array only");
            }
            requireWithinLimit(index, maxRows, "A batch");
        } catch (JsonProcessingException e) {
            throw ApiException.malformedJson(e);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read a batch held in memory", e);
        }
        return new Parsed<>(rows, rejected);
    }

    /**
     * Moves the parser to the end of the row (the object element of {@code array}) in which binding stopped, so
     * that the next row is read from its start.
     */
    private static void skipRestOfRow(JsonParser parser, JsonStreamContext array) throws IOException {
        while (parser.currentToken() != JsonToken.END_OBJECT || parser.getParsingContext() != array) {
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "Unexpected end of the body inside a row");
            }
        }
    }

    /** Whether the body itself is not JSON, which no row can be blamed for (binding wraps such errors). */
    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why {@code value} must be rejected: its Bean Validation violations (each with its field, sorted, so that the
     * same bad row always gets the same reason), else {@code rule}'s answer; {@code null} when the row is good.
     */
    public <T> String reasonToReject(T value, Function<T, String> rule) {
        Optional<QuickCheck> quick = quickChecks.computeIfAbsent(value.getClass(),
                type -> Optional.ofNullable(QuickCheck.of(validator, type)));
        if (quick.isPresent() && quick.get().passes(value)) {
            return rule.apply(value);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (violations.isEmpty()) {
            return rule.apply(value);
        }
        Set<String> reasons = new TreeSet<>();
        for (ConstraintViolation<T> violation : violations) {
            Violation named = Violations.of(violation);
            reasons.add(named.field() + ": " + named.message());
        }
        return String.join("; ", reasons);
    }

    /** A 413 problem when a batch or import holds more rows than allowed. */
    public static void requireWithinLimit(int rows, int max, String what) {
        if (rows > max) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    what + " holds at most " + max + " rows and this one has " + rows + "; split it");
        }
    }
}

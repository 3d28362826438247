package io.lightningops.analytics.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.lightningops.analytics.rest.Rejection;
import io.lightningops.defaults.problem.Violation;
import io.lightningops.defaults.problem.Violations;

/**
 * Reads a batch row by row: each JSON row becomes a request record and is validated on its own, so that a
 * row of the wrong shape or with a bad value is rejected with its index and reason and the others go on.
 */
@ApplicationScoped
public class BatchRows {

    private final ObjectMapper json;
    private final Validator validator;

    public BatchRows(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** A valid row and its position in the batch. */
    public record Row<T>(int index, T value) {
    }

    public record Parsed<T>(List<Row<T>> rows, List<Rejection> rejected) {
    }

    /**
     * @param rule a check beyond Bean Validation: the reason to reject a row, or {@code null} to keep it
     */
    public <T> Parsed<T> parse(List<JsonNode> batch, Class<T> type, Function<T, String> rule) {
        ObjectReader reader = json.readerFor(type).without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        List<Row<T>> rows = new ArrayList<>(batch.size());
        List<Rejection> rejected = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            JsonNode node = batch.get(index);
            if (node == null || !node.isObject()) {
                rejected.add(new Rejection(index, "must be a JSON object"));
                continue;
            }
            T value;
            try {
                value = reader.readValue(node);
            } catch (JsonProcessingException e) {
                Violation violation = Violations.of(e);
                rejected.add(new Rejection(index, violation.field().isEmpty() ? violation.message()
                        : violation.field() + ": " + violation.message()));
                continue;
            } catch (IOException e) {
                rejected.add(new Rejection(index, "cannot be read"));
                continue;
            }
            String reason = reasonToReject(value, rule);
            if (reason == null) {
                rows.add(new Row<>(index, value));
            } else {
                rejected.add(new Rejection(index, reason));
            }
        }
        return new Parsed<>(rows, rejected);
    }

    private <T> String reasonToReject(T value, Function<T, String> rule) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (violations.isEmpty()) {
            return rule.apply(value);
        }
        // sorted, so that the same bad row always gets the same reason
        Set<String> reasons = new TreeSet<>();
        for (ConstraintViolation<T> violation : violations) {
            Violation named = Violations.of(violation);
            reasons.add(named.field() + ": " + named.message());
        }
        return String.join("; ", reasons);
    }
}

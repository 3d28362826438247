package io.lightningops.defaults.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Input errors as the client names them: a Bean Validation violation or a JSON value of the wrong type becomes
 * a {@link Violation} with the field's path in the request. Used by the problem mappers for whole requests and
 * by endpoints that validate a batch row by row and report each bad row with its reason.
 */
public final class Violations {

    private Violations() {
    }

    public static Violation of(ConstraintViolation<?> violation) {
        return new Violation(fieldOf(violation.getPropertyPath()), violation.getMessage());
    }

    /** The field a JSON value could not be read into ({@code ""} when none is known) and what it must be. */
    public static Violation of(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String message = e instanceof InvalidFormatException format && format.getTargetType() != null
                ? describeType(format.getTargetType())
                : "has the wrong type or shape";
        return new Violation(field, message);
    }

    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return "response";
            }
            // a node in a list or map carries its position in that container, which the previous node names:
            // segments[1].text, not segments.text[1]
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (node.isInIterable() && position != null) {
                if (names.isEmpty()) {
                    names.add((parameter == null ? "body" : parameter) + "[" + position + "]");
                } else {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                if (!values.isEmpty()) {
                    values.append(", ");
                }
                values.append(constant);
            }
            return "must be one of " + values;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (type == LocalDate.class) {
            return "must be an ISO-8601 date such as 2026-11-26";
        }
        if (type.getName().startsWith("java.time")) {
            return "must be an ISO-8601 date-time with offset";
        }
        return "has the wrong type";
    }

}

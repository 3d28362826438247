package io.lightningops.analytics.service;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

/**
 * A fast yes to "does this row break none of its constraints?", compiled once from the Bean Validation metadata
 * of a request record, so that the constraints stay declared in one place (the record's annotations, which the
 * OpenAPI document shows too). It knows the built-in constraints ingestion rows use, with the semantics of
 * Hibernate Validator's own validators; when it cannot vouch for a row (a value out of bounds, a value type or a
 * constraint it does not know) it says no, and the full validator then decides and words each violation. So a
 * good row costs a few comparisons instead of a full validation, and no answer ever differs from the validator's.
 */
final class QuickCheck {

    private final List<Predicate<Object>> checks;

    private QuickCheck(List<Predicate<Object>> checks) {
        this.checks = checks;
    }

    /** The checks of {@code type}, or {@code null} when it is not a plain record of known constraints. */
    static QuickCheck of(Validator validator, Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return null;
        }
        List<Predicate<Object>> checks = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            if (property.isCascaded() || !property.getConstrainedContainerElementTypes().isEmpty()) {
                return null;
            }
            MethodHandle accessor = accessor(type, property.getPropertyName());
            if (accessor == null) {
                return null;
            }
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                Predicate<Object> valid = check(constraint);
                if (valid == null) {
                    return null;
                }
                checks.add(row -> valid.test(value(accessor, row)));
            }
        }
        return new QuickCheck(List.copyOf(checks));
    }

    /** {@code true} only when {@code row} breaks none of the constraints. */
    boolean passes(Object row) {
        for (Predicate<Object> check : checks) {
            if (!check.test(row)) {
                return false;
            }
        }
        return true;
    }

    private static Predicate<Object> check(ConstraintDescriptor<?> constraint) {
        if (!constraint.getComposingConstraints().isEmpty() || !Set.of(Default.class).equals(constraint.getGroups())) {
            return null;
        }
        Annotation a = constraint.getAnnotation();
        if (a instanceof NotNull) {
            return value -> value != null;
        }
        if (a instanceof NotBlank) {
            return value -> value instanceof CharSequence text && !text.toString().trim().isEmpty();
        }
        if (a instanceof Size size) {
            return value -> value == null
                    || value instanceof CharSequence text && text.length() >= size.min() && text.length() <= size.max();
        }
        if (a instanceof PositiveOrZero) {
            return value -> value == null || atLeast(value, BigDecimal.ZERO, true);
        }
        if (a instanceof Min min) {
            BigDecimal bound = BigDecimal.valueOf(min.value());
            return value -> value == null || atLeast(value, bound, true);
        }
        if (a instanceof Max max) {
            BigDecimal bound = BigDecimal.valueOf(max.value());
            return value -> value == null || atMost(value, bound, true);
        }
        if (a instanceof DecimalMin min) {
            BigDecimal bound = new BigDecimal(min.value());
            return value -> value == null || atLeast(value, bound, min.inclusive());
        }
        if (a instanceof DecimalMax max) {
            BigDecimal bound = new BigDecimal(max.value());
            return value -> value == null || atMost(value, bound, max.inclusive());
        }
        if (a instanceof Digits digits) {
            return value -> value == null || value instanceof BigDecimal number
                    && number.precision() - number.scale() <= digits.integer()
                    && Math.max(number.scale(), 0) <= digits.fraction();
        }
        return null;
    }

    private static boolean atLeast(Object value, BigDecimal bound, boolean inclusive) {
        BigDecimal number = decimal(value);
        return number != null && (inclusive ? number.compareTo(bound) >= 0 : number.compareTo(bound) > 0);
    }

    private static boolean atMost(Object value, BigDecimal bound, boolean inclusive) {
        BigDecimal number = decimal(value);
        return number != null && (inclusive ? number.compareTo(bound) <= 0 : number.compareTo(bound) < 0);
    }

    /** The whole numbers and decimals rows hold, as a decimal; {@code null} for any other type (cannot vouch). */
    private static BigDecimal decimal(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return value instanceof BigDecimal number ? number : null;
    }

    private static MethodHandle accessor(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return MethodHandles.publicLookup().unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Object value(MethodHandle accessor, Object row) {
        try {
            return (Object) accessor.invokeExact(row);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read a property of " + row.getClass().getSimpleName(), e);
        }
    }
}

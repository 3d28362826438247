package io.lightningops.analytics.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import io.lightningops.analytics.rest.AccountSnapshotRequest;
import io.lightningops.analytics.rest.BenchmarkSnapshotRequest;
import io.lightningops.analytics.rest.EventRequest;
import io.lightningops.analytics.rest.LiveSessionRequest;
import io.lightningops.analytics.rest.SnapshotRequest;

/**
 * The quick check may only ever say "passes" for a row the validator finds no fault with: every row type of a batch
 * is tried with each of its fields set, one at a time, to values on and beyond the bounds of its constraints.
 */
@QuarkusTest
class QuickCheckTest {

    private static final List<Object> TEXTS = Arrays.asList(null, "", " ", "a", "x".repeat(64), "x".repeat(65),
            "x".repeat(128), "x".repeat(129));
    private static final List<Object> WHOLE_NUMBERS = Arrays.asList(null, -1L, 0L, 1L, 86_400L, 86_401L, Long.MAX_VALUE);
    private static final List<Object> DECIMALS = Arrays.asList(null, new BigDecimal("-0.01"), BigDecimal.ZERO,
            new BigDecimal("0.4200"), new BigDecimal("1"), new BigDecimal("1.0000"), new BigDecimal("1.00001"),
            new BigDecimal("0.12345"), new BigDecimal("17.50"), new BigDecimal("17.505"), new BigDecimal("999999.99"),
            new BigDecimal("1000000.00"), new BigDecimal("1E+3"), new BigDecimal("99999999999999.99"),
            new BigDecimal("100000000000000.00"));

    @Inject
    Validator validator;

    @ParameterizedTest
    @ValueSource(classes = {SnapshotRequest.class, AccountSnapshotRequest.class, LiveSessionRequest.class,
        EventRequest.class, BenchmarkSnapshotRequest.class})
    void passesOnlyRowsTheValidatorFindsNoFaultWith(Class<? extends Record> type) throws Exception {
        QuickCheck quick = QuickCheck.of(validator, type);
        assertNotNull(quick, type.getSimpleName() + " has only constraints the quick check knows");

        Object[] good = goodRow(type);
        Object base = construct(type, good);
        assertTrue(validator.validate(base).isEmpty(), "the base row of " + type.getSimpleName() + " is valid");
        assertTrue(quick.passes(base), "a valid row takes the quick path");

        RecordComponent[] components = type.getRecordComponents();
        int faulty = 0;
        for (int i = 0; i < components.length; i++) {
            for (Object value : candidates(components[i].getType(), good[i])) {
                Object[] values = good.clone();
                values[i] = value;
                Object row = construct(type, values);
                boolean valid = validator.validate(row).isEmpty();
                if (quick.passes(row)) {
                    assertTrue(valid, type.getSimpleName() + "." + components[i].getName() + " = " + value
                            + " passed the quick check but the validator rejects it");
                }
                faulty += valid ? 0 : 1;
            }
        }
        assertTrue(faulty > 0, "some of the values tried break a constraint of " + type.getSimpleName());
        assertFalse(quick.passes(construct(type, nulls(components.length))), "a row of nulls does not pass");
    }

    private static List<Object> candidates(Class<?> type, Object good) {
        List<Object> values = new ArrayList<>();
        if (type == String.class) {
            values.addAll(TEXTS);
        } else if (type == Long.class) {
            values.addAll(WHOLE_NUMBERS);
        } else if (type == Integer.class) {
            values.addAll(WHOLE_NUMBERS.stream().map(v -> v == null ? null : (Object) (int) Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, (Long) v))).toList());
        } else if (type == BigDecimal.class) {
            values.addAll(DECIMALS);
        } else {
            values.add(null);
            values.add(good);
        }
        return values;
    }

    private static Object[] goodRow(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            values[i] = t == String.class ? "a"
                    : t == Long.class ? 1L
                    : t == Integer.class ? 1
                    : t == BigDecimal.class ? BigDecimal.ZERO
                    : t == OffsetDateTime.class ? OffsetDateTime.parse("2026-11-20T10:00:00+08:00")
                    : t == LocalDate.class ? LocalDate.parse("2026-11-20")
                    : t.isEnum() ? t.getEnumConstants()[0]
                    : null;
        }
        return values;
    }

    private static Object[] nulls(int n) {
        return new Object[n];
    }

    private static Object construct(Class<?> type, Object[] values) throws Exception {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }
}

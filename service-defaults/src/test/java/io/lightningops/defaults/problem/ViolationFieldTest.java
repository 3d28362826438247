package io.lightningops.defaults.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The field of a violation is named as a client would write the path into its JSON body. */
class ViolationFieldTest {

    record Segment(@NotBlank String text) {
    }

    record Body(@NotBlank String title, List<@NotBlank String> tags, List<@Valid Segment> segments,
            Map<String, @NotNull String> labels, @Valid Segment main) {
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static String fieldOf(Body body) {
        Set<ConstraintViolation<Body>> violations = VALIDATOR.validate(body);
        assertEquals(1, violations.size());
        return Violations.fieldOf(violations.iterator().next().getPropertyPath());
    }

    private static Body valid() {
        return new Body("t", List.of("a"), List.of(new Segment("x")), Map.of("k", "v"), new Segment("m"));
    }

    @Test
    void aPlainPropertyIsItsName() {
        Body body = valid();
        assertEquals("title", fieldOf(new Body(" ", body.tags(), body.segments(), body.labels(), body.main())));
    }

    @Test
    void anElementOfAListOfValuesIsTheListWithItsIndex() {
        Body body = valid();
        assertEquals("tags[1]", fieldOf(new Body("t", List.of("a", " "), body.segments(), body.labels(), body.main())));
    }

    @Test
    void aPropertyOfAnObjectInAListFollowsTheListsIndex() {
        Body body = valid();
        assertEquals("segments[1].text", fieldOf(new Body("t", body.tags(),
                List.of(new Segment("x"), new Segment("")), body.labels(), body.main())));
    }

    @Test
    void aMapValueIsTheMapWithItsKey() {
        Body body = valid();
        HashMap<String, String> labels = new HashMap<>();
        labels.put("tone", null);
        assertEquals("labels[tone]", fieldOf(new Body("t", body.tags(), body.segments(), labels, body.main())));
    }

    @Test
    void aPropertyOfANestedObjectIsDotted() {
        Body body = valid();
        assertEquals("main.text", fieldOf(new Body("t", body.tags(), body.segments(), body.labels(), new Segment(""))));
    }
}

package io.lightningops.content.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.lightningops.content.domain.ScriptTemplate;
import io.lightningops.content.domain.TemplateSegment;
import io.lightningops.content.rest.ScriptSegmentBody;
import io.lightningops.content.rest.TemplateSegmentBody;
import io.lightningops.defaults.problem.Violation;

/**
 * The rules of timed templates, as violations with field paths, all at once: a template's windows start at 0 and
 * are contiguous; a script has every segment of its template, once, in the template's order, each inside its
 * window, not overlapping the one before, and ends within the template's length.
 */
public final class ScriptRules {

    private ScriptRules() {
    }

    /** What is wrong with the windows of a new template (Bean Validation has checked each field). */
    public static List<Violation> checkTemplate(List<TemplateSegmentBody> segments) {
        List<Violation> violations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            TemplateSegmentBody segment = segments.get(i);
            String at = "segments[" + i + "].";
            if (!names.add(segment.name())) {
                violations.add(new Violation(at + "name", "repeats " + segment.name() + "; segment names are unique"));
            }
            if (i == 0 && segment.from() != 0) {
                violations.add(new Violation(at + "from", "must be 0: a template starts at 0 s"));
            }
            if (i > 0 && !segment.from().equals(segments.get(i - 1).to())) {
                violations.add(new Violation(at + "from", "must be " + segments.get(i - 1).to()
                        + ", where the previous segment ends: windows are contiguous and do not overlap"));
            }
            if (segment.to() <= segment.from()) {
                violations.add(new Violation(at + "to", "must be after from (" + segment.from() + ")"));
            }
        }
        return violations;
    }

    /** What is wrong with a script's segments on {@code template} (Bean Validation has checked each field). */
    public static List<Violation> checkScript(ScriptTemplate template, List<ScriptSegmentBody> segments) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int t = 0; t < template.segments.size(); t++) {
            positions.put(template.segments.get(t).name, t);
        }
        String order = template.segments.stream().map(s -> s.name).collect(Collectors.joining(" → "));
        Set<String> present = new HashSet<>();
        int furthest = -1;
        BigDecimal previousEnd = null;
        BigDecimal lastEnd = BigDecimal.ZERO;
        for (int i = 0; i < segments.size(); i++) {
            ScriptSegmentBody segment = segments.get(i);
            String at = "segments[" + i + "].";
            Integer t = positions.get(segment.name());
            if (t == null) {
                violations.add(new Violation(at + "name", "is not a segment of template " + template.name + "; it has " + order));
            } else if (!present.add(segment.name())) {
                violations.add(new Violation(at + "name", "repeats " + segment.name() + "; each template segment appears once"));
            } else {
                if (t < furthest) {
                    violations.add(new Violation(at + "name", segment.name() + " comes too late: the template's order is " + order));
                }
                furthest = Math.max(furthest, t);
                TemplateSegment window = template.segments.get(t);
                String described = segment.name() + " window [" + window.fromSecond + ", " + window.toSecond + ") s";
                if (segment.start().compareTo(BigDecimal.valueOf(window.fromSecond)) < 0) {
                    violations.add(new Violation(at + "start", "must be at or after " + window.fromSecond + " s, where the "
                            + described + " begins"));
                }
                if (segment.end().compareTo(BigDecimal.valueOf(window.toSecond)) > 0) {
                    violations.add(new Violation(at + "end", "must be at most " + window.toSecond + " s, where the "
                            + described + " ends"));
                }
            }
            if (segment.end().compareTo(segment.start()) <= 0) {
                violations.add(new Violation(at + "end", "must be after its start (" + seconds(segment.start()) + " s)"));
            }
            if (previousEnd != null && segment.start().compareTo(previousEnd) < 0) {
                violations.add(new Violation(at + "start", "overlaps the previous segment, which ends at "
                        + seconds(previousEnd) + " s"));
            }
            previousEnd = previousEnd == null ? segment.end() : previousEnd.max(segment.end());
            lastEnd = lastEnd.max(segment.end());
        }
        for (TemplateSegment window : template.segments) {
            if (!present.contains(window.name)) {
                violations.add(new Violation("segments", "misses " + window.name + " (" + window.fromSecond + "–"
                        + window.toSecond + " s) of template " + template.name));
            }
        }
        if (lastEnd.compareTo(BigDecimal.valueOf(template.totalSeconds())) > 0) {
            violations.add(new Violation("segments", "the script runs " + seconds(lastEnd) + " s; template "
                    + template.name + " allows at most " + template.totalSeconds() + " s"));
        }
        return violations;
    }

    private static String seconds(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

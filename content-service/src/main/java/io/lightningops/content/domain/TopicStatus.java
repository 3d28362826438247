package io.lightningops.content.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a topic: IDEA → PLANNED → USED → RETIRED. A planned topic can go back to IDEA (dropped
 * from the plan); an idea or a planned topic can be retired directly. RETIRED is final.
 */
public enum TopicStatus {
    IDEA,
    PLANNED,
    USED,
    RETIRED;

    public Set<TopicStatus> next() {
        return switch (this) {
            case IDEA -> EnumSet.of(PLANNED, RETIRED);
            case PLANNED -> EnumSet.of(IDEA, USED, RETIRED);
            case USED -> EnumSet.of(RETIRED);
            case RETIRED -> EnumSet.noneOf(TopicStatus.class);
        };
    }
}

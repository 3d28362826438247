package io.lightningops.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A named time window [from, to) of a script template, in whole seconds. */
@Embeddable
public class TemplateSegment {

    @Column(nullable = false)
    public String name;

    @Column(name = "from_second", nullable = false)
    public int fromSecond;

    @Column(name = "to_second", nullable = false)
    public int toSecond;

    public TemplateSegment() {
    }

    public TemplateSegment(String name, int fromSecond, int toSecond) {
        this.name = name;
        this.fromSecond = fromSecond;
        this.toSecond = toSecond;
    }
}

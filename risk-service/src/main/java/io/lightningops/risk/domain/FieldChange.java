package io.lightningops.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field of a change: its value before and after, as text ({@code null} for none). */
@Embeddable
public class FieldChange {

    @Column(nullable = false)
    public String field;

    @Column(name = "old_value")
    public String from;

    @Column(name = "new_value")
    public String to;

    public FieldChange() {
    }

    public FieldChange(String field, String from, String to) {
        this.field = field;
        this.from = from;
        this.to = to;
    }
}

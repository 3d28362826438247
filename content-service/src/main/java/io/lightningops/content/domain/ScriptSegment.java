package io.lightningops.content.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A part of a script: the words of one template segment and when they are spoken. */
@Embeddable
public class ScriptSegment {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String text;

    @Column(name = "start_second", nullable = false)
    public BigDecimal startSecond;

    @Column(name = "end_second", nullable = false)
    public BigDecimal endSecond;

    public ScriptSegment() {
    }

    public ScriptSegment(String name, String text, BigDecimal startSecond, BigDecimal endSecond) {
        this.name = name;
        this.text = text;
        this.startSecond = startSecond;
        this.endSecond = endSecond;
    }
}

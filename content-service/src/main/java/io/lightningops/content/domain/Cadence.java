package io.lightningops.content.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publishing cadence "R+P": R regular days, then P push days (for a likely hit), repeating from the first day. */
public record Cadence(int regularDays, int pushDays) {

    private static final Pattern FORM = Pattern.compile("^(\\d{1,2})\\+(\\d{1,2})$");

    public enum DayType {
        REGULAR,
        PUSH
    }

    /** The cadence written as "R+P" (R and P from 1 to 30), or null if the text is not one. */
    public static Cadence parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        int regular = Integer.parseInt(m.group(1));
        int push = Integer.parseInt(m.group(2));
        return regular < 1 || push < 1 || regular > 30 || push > 30 ? null : new Cadence(regular, push);
    }

    /** The type of the day at this zero-based position of a plan. */
    public DayType dayType(int dayIndex) {
        return dayIndex % (regularDays + pushDays) < regularDays ? DayType.REGULAR : DayType.PUSH;
    }

    @Override
    public String toString() {
        return regularDays + "+" + pushDays;
    }
}

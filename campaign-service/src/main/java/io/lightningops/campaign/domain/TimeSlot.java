package io.lightningops.campaign.domain;

/** The part of the day (China time) a boost ran in: MORNING 06-11, NOON 11-14, AFTERNOON 14-18, EVENING 18-22, NIGHT 22-06. */
public enum TimeSlot {
    MORNING,
    NOON,
    AFTERNOON,
    EVENING,
    NIGHT
}

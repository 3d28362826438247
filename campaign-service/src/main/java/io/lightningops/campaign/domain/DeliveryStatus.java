package io.lightningops.campaign.domain;

/** PENDING until the endpoint answers 2xx (DELIVERED) or the attempts run out (DEAD). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD
}

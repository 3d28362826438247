package io.lightningops.campaign.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The events an agency may subscribe to, by their wire names (e.g. {@code deliverable.submitted}). */
public enum WebhookEventType {
    PARTNERSHIP_CREATED("partnership.created"),
    PARTNERSHIP_STATUS_CHANGED("partnership.status_changed"),
    DELIVERABLE_CREATED("deliverable.created"),
    DELIVERABLE_SUBMITTED("deliverable.submitted"),
    DELIVERABLE_REVIEWED("deliverable.reviewed"),
    XINGTU_TASK_CREATED("xingtu_task.created"),
    XINGTU_TASK_UPDATED("xingtu_task.updated");

    private final String wire;

    WebhookEventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<WebhookEventType> ofWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(WebhookEventType::wire).toList();
    }
}

package io.lightningops.campaign.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event in the outbox, written in the transaction of the change it reports. Its id is the event id that every
 * delivery attempt sends, and its payload is the exact body sent, so retries are byte-identical.
 */
@Entity
@Table(name = "webhook_events")
public class WebhookEvent {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}

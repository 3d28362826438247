package io.lightningops.campaign.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** An agency's endpoint for events of its partnerships. */
@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription extends VersionedEntity {

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String url;

    /** Wire names, comma-separated. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    /** The signing secret, AES-GCM encrypted with lightning.webhooks.secret-key; never shown after creation. */
    @Column(name = "secret_encrypted", nullable = false)
    public String secretEncrypted;

    public String description;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(","));
    }
}

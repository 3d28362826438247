package io.lightningops.content.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A piece of user-generated content submitted for the weekly picks. */
@Entity
@Table(name = "ugc_submissions")
public class UgcSubmission extends VersionedEntity {

    /** The creator's Douyin handle, with its leading @. */
    @Column(nullable = false)
    public String handle;

    @Column(nullable = false)
    public String link;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "topic_id")
    public UUID topicId;

    public String notes;
}

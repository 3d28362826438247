package io.lightningops.campaign.domain;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

/** A row that is written once or owned by another entity: a UUID id, and none of VersionedEntity's versioning. */
@MappedSuperclass
public abstract class UuidEntity {

    @Id
    public UUID id;

    @PrePersist
    void assignId() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}

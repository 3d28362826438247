package io.lightningops.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/** A video script on a timed template, optionally for a topic and an account. */
@Entity
@Table(name = "scripts")
public class Script extends VersionedEntity {

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(nullable = false)
    public String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "script_segments", joinColumns = @JoinColumn(name = "script_id"))
    @OrderColumn(name = "position")
    public List<ScriptSegment> segments = new ArrayList<>();

    /** The words of the whole script, segment after segment: what a risk scan reads. */
    public String text() {
        return segments.stream().map(s -> s.text).collect(Collectors.joining("\n"));
    }
}

package io.lightningops.content.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.lightningops.defaults.persistence.VersionedEntity;

/**
 * A timed script template: contiguous segments from 0 s. Templates do not change once created, so a
 * script that was valid against its template stays valid.
 */
@Entity
@Table(name = "script_templates")
public class ScriptTemplate extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "script_template_segments", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    public List<TemplateSegment> segments = new ArrayList<>();

    /** The length of a script on this template: the end of its last window. */
    public int totalSeconds() {
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).toSecond;
    }
}

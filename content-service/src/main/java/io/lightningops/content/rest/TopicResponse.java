package io.lightningops.content.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.Topic;
import io.lightningops.content.domain.TopicSource;
import io.lightningops.content.domain.TopicStatus;
import io.lightningops.defaults.http.Ids;

@Schema(name = "Topic", description = "A topic of the topic library")
public record TopicResponse(
        @Schema(example = "7a0e4c2d-1b3f-4e5a-8c9d-0e1f2a3b4c5d") String id,
        @Schema(example = "冬天第一杯热拿铁在家怎么做") String title,
        String direction,
        TopicSource source,
        List<String> tags,
        @Schema(example = "82") int score,
        @Schema(description = "IDEA → PLANNED → USED → RETIRED") TopicStatus status,
        @Schema(example = "2026-12") String month,
        String accountId,
        String notes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the topic", example = "0") long version) {

    public static TopicResponse from(Topic topic) {
        return new TopicResponse(Ids.format(topic.id), topic.title, topic.direction, topic.source, List.copyOf(topic.tags),
                topic.score, topic.status, topic.plannedMonth, Ids.format(topic.accountId), topic.notes,
                topic.createdAt.atOffset(ZoneOffset.UTC), topic.updatedAt.atOffset(ZoneOffset.UTC), topic.version);
    }
}

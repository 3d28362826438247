package io.lightningops.content.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TopicImportResult", description = "How many rows were imported, their new topics, and each refused row and why")
public record ImportResult(
        @Schema(description = "Rows imported", example = "2") int accepted,
        @Schema(description = "The ids of the new topics, in row order") List<String> topicIds,
        @Schema(description = "The refused rows, in order") List<Rejected> rejected) {

    @Schema(name = "TopicImportRejection")
    public record Rejected(
            @Schema(description = "0-based position of the row in the array", example = "1") int index,
            @Schema(example = "title: must not be blank") String reason) {
    }
}

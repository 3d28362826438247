package io.lightningops.risk.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentBatch", description = "A batch of comments of one video")
public record CommentBatchRequest(
        @NotBlank @Size(max = 100) @Schema(description = "The content-service video", example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f")
        String videoId,
        @NotBlank @Size(max = 100) @Schema(description = "The account that published it", example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
        String accountId,
        @NotEmpty @Size(max = 500, message = "must have 1 to 500 comments") @Valid
        List<Comment> comments) {

    @Schema(name = "Comment", description = "A comment as the platform reported it")
    public record Comment(
            @NotBlank @Size(max = 100) @Schema(description = "The platform's id; a comment seen before is skipped",
                    example = "7301234567890123456") String commentId,
            @NotNull @Size(max = 2000) @Schema(example = "买了两次都是假货，骗子！") String text,
            @NotNull @Schema(description = "When it was posted") OffsetDateTime postedAt,
            @Size(max = 100) @Schema(description = "An opaque reference to the author") String authorRef) {
    }
}

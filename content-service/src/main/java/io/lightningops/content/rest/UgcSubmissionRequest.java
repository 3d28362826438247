package io.lightningops.content.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UgcSubmissionRequest", description = "A piece of user-generated content to consider for the weekly picks")
public record UgcSubmissionRequest(
        @NotBlank @Pattern(regexp = "^@[^\\s@]{1,30}$", message = "must be the creator's handle: @ and 1 to 30 characters without spaces")
        @Schema(example = "@咖啡小白的日常") String handle,
        @NotBlank @Size(max = 2000)
        @Schema(description = "An https URL of the content", example = "https://www.douyin.com/video/7301234567890123456")
        String link,
        @Schema(description = "The account it was made for, if any") String accountId,
        @Schema(description = "The topic it answers, if any") String topicId,
        @Size(max = 1000) @Schema(example = "用我们的挂耳做了冰咖啡，画面干净") String notes) {
}

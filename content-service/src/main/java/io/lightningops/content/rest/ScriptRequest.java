package io.lightningops.content.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScriptRequest", description = "A script to create, or its new state")
public record ScriptRequest(
        @NotBlank @Size(max = 100) @Schema(example = "三步在家做出咖啡馆拿铁") String title,
        @Schema(description = "Its template; the default template when absent", example = "00000000-0000-0000-0000-00000000a001")
        String templateId,
        @Schema(description = "The topic it is for, if any") String topicId,
        @Schema(description = "The account it is for, if any") String accountId,
        @NotEmpty @Size(max = 20, message = "may hold at most 20 segments")
        @Schema(description = "One per template segment, in the template's order, each inside its window")
        List<@Valid @NotNull ScriptSegmentBody> segments) {
}

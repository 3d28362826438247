package io.lightningops.risk.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.ReviewFinding;
import io.lightningops.risk.domain.ReviewLevel;

@Schema(name = "ReviewRequest", description = "A piece of content to review, with what the scan found in it")
public record ReviewRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{0,31}", message = "must be 1 to 32 upper-case letters or _, e.g. VIDEO")
        @Schema(description = "What kind of content it is", example = "VIDEO")
        String contentType,
        @NotBlank @Size(max = 100)
        @Schema(description = "The content's id in the service that owns it", example = "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f")
        String contentRef,
        @Size(max = 500) @Schema(description = "The title as it was scanned", example = "全网最佳的冷萃咖啡")
        String title,
        @Size(max = 20000) @Schema(description = "The text (script, caption) as it was scanned")
        String text,
        @Valid @Size(max = 200) @Schema(description = "The scan findings that caused the review")
        List<FindingBody> findings,
        @Schema(description = "The level to start at; SELF_CHECK when left out")
        ReviewLevel level) {

    public List<ReviewFinding> findingEntities() {
        return findings == null ? List.of() : findings.stream().map(FindingBody::toEntity).toList();
    }
}

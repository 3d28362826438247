package io.lightningops.risk.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.ReviewFinding;

@Schema(name = "ReviewFinding", description = "A finding of the scan that sent the content to review, as POST /api/scans answered it")
public record FindingBody(
        @NotBlank @Size(max = 200) @Schema(example = "最佳") String term,
        @NotBlank @Size(max = 32) @Schema(description = "The lexicon category, e.g. AD_LAW or SENSITIVE", example = "AD_LAW")
        String category,
        @NotNull @Pattern(regexp = "BLOCK|REVIEW", message = "must be one of BLOCK, REVIEW")
        @Schema(enumeration = {"BLOCK", "REVIEW"}, example = "REVIEW") String severity,
        @NotNull @Min(value = 0, message = "must be 0 or more")
        @Schema(description = "UTF-16 offset of the term's first character in the text", example = "4") Integer start,
        @NotNull @Min(value = 1, message = "must be greater than start")
        @Schema(description = "UTF-16 offset after the term's last character (exclusive)", example = "6") Integer end,
        @Size(max = 500) @Schema(example = "改为“优质”") String suggestion) {

    ReviewFinding toEntity() {
        ReviewFinding finding = new ReviewFinding();
        finding.term = term;
        finding.category = category;
        finding.severity = severity;
        finding.start = start;
        finding.end = end;
        finding.suggestion = suggestion;
        return finding;
    }

    static FindingBody from(ReviewFinding finding) {
        return new FindingBody(finding.term, finding.category, finding.severity, finding.start, finding.end,
                finding.suggestion);
    }
}

package io.lightningops.risk.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.domain.LexiconTerm;
import io.lightningops.risk.scan.Severity;

@Schema(name = "LexiconTermRequest", description = "A lexicon term to add, or its new state")
public record TermRequest(
        @NotBlank @Size(max = LexiconTerm.MAX_LENGTH)
        @Schema(description = "The term as it should be shown; it is matched in its folded form (see `normalized`)",
                example = "全网最低价")
        String term,
        @NotNull @Pattern(regexp = Lexicon.CATEGORY_PATTERN, message = Lexicon.CATEGORY_MESSAGE)
        @Schema(description = "AD_LAW, SENSITIVE, NEGATIVE (comment monitoring only, never reported by content scans) "
                + "or a custom category: 2 to 32 upper-case letters, digits or _, starting with a letter",
                example = "AD_LAW", pattern = Lexicon.CATEGORY_PATTERN)
        String category,
        @NotNull
        @Schema(description = "BLOCK stops the copy; REVIEW sends it to a person")
        Severity severity,
        @Size(max = 200)
        @Schema(description = "What to write instead", example = "改为“优惠价”“到手价 XX 元”")
        String suggestion) {
}

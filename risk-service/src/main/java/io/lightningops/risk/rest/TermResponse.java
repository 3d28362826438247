package io.lightningops.risk.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.defaults.http.Ids;
import io.lightningops.risk.domain.LexiconTerm;
import io.lightningops.risk.scan.Severity;

@Schema(name = "LexiconTerm", description = "A lexicon term")
public record TermResponse(
        @Schema(example = "5b7c1e2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d") String id,
        @Schema(example = "全网最低价") String term,
        @Schema(description = "The folded form the term is matched in and judged unique by: NFKC width forms, lower case, "
                + "simplified characters, no spaces, punctuation or symbols", example = "全网最低价")
        String normalized,
        @Schema(example = "AD_LAW") String category,
        Severity severity,
        @Schema(example = "改为“优惠价”“到手价 XX 元”") String suggestion,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Version; the ETag of the term", example = "0") long version) {

    public static TermResponse from(LexiconTerm term) {
        return new TermResponse(Ids.format(term.id), term.term, term.normalized, term.category, term.severity,
                term.suggestion, term.createdAt.atOffset(ZoneOffset.UTC), term.updatedAt.atOffset(ZoneOffset.UTC),
                term.version);
    }
}

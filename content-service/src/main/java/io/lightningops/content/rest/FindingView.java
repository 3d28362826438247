package io.lightningops.content.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.Finding;

@Schema(name = "VideoFinding", description = "A lexicon term risk-service found in the video's title or script")
public record FindingView(
        @Schema(description = "Which text it is in: title or script", enumeration = {"title", "script"}, example = "script")
        String field,
        @Schema(example = "全网最低价") String term,
        @Schema(description = "The lexicon category, e.g. AD_LAW or SENSITIVE", example = "AD_LAW") String category,
        @Schema(enumeration = {"BLOCK", "REVIEW"}, example = "BLOCK") String severity,
        @Schema(description = "UTF-16 offset of the match in that field's text (field.slice(start, end))", example = "4")
        int start,
        @Schema(description = "UTF-16 offset after the match (exclusive)", example = "9") int end,
        @Schema(description = "What to write instead", example = "改为具体价格或“优惠价”") String suggestion) {

    static List<FindingView> from(List<Finding> findings) {
        return findings == null ? null
                : findings.stream().map(f -> new FindingView(f.field(), f.term(), f.category(), f.severity(), f.start(),
                        f.end(), f.suggestion())).toList();
    }
}

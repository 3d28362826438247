package io.lightningops.risk.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.risk.scan.Finding;
import io.lightningops.risk.scan.ScanResult;
import io.lightningops.risk.scan.Severity;
import io.lightningops.risk.scan.Verdict;

@Schema(name = "ScanResult", description = "The verdict (the most severe finding; PASS without findings) and the findings in text order")
public record ScanResponse(Verdict verdict, List<FindingResponse> findings) {

    @Schema(name = "Finding", description = "A lexicon term found in the text")
    public record FindingResponse(
            @Schema(description = "The lexicon's spelling of the term", example = "国家级") String term,
            @Schema(example = "AD_LAW") String category,
            Severity severity,
            @Schema(description = "UTF-16 offset of the first character of the match in the text as sent", example = "11")
            int start,
            @Schema(description = "UTF-16 offset after the match (exclusive): text.slice(start, end) is the whole "
                    + "matched span, including characters put inside the term to evade it", example = "14")
            int end,
            @Schema(description = "What to write instead", example = "删去，或如实写明资质全称与编号") String suggestion) {
    }

    public static ScanResponse from(ScanResult result) {
        return new ScanResponse(result.verdict(), result.findings().stream().map(ScanResponse::from).toList());
    }

    private static FindingResponse from(Finding finding) {
        return new FindingResponse(finding.term(), finding.category(), finding.severity(), finding.start(),
                finding.end(), finding.suggestion());
    }
}

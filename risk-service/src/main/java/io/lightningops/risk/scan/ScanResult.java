package io.lightningops.risk.scan;

import java.util.List;

/** The verdict of a scan and its findings, in the order of their position in the text. */
public record ScanResult(Verdict verdict, List<Finding> findings) {

    public static ScanResult of(List<Finding> findings) {
        Verdict verdict = Verdict.PASS;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.BLOCK) {
                verdict = Verdict.BLOCK;
                break;
            }
            verdict = Verdict.REVIEW;
        }
        return new ScanResult(verdict, List.copyOf(findings));
    }
}

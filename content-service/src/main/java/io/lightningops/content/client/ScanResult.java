package io.lightningops.content.client;

import java.util.List;

/** risk-service's answer for one text: PASS, REVIEW or BLOCK, and the findings in text order. */
public record ScanResult(String verdict, List<ScanFinding> findings) {

    public static final String PASS = "PASS";
    public static final String REVIEW = "REVIEW";
    public static final String BLOCK = "BLOCK";

    public List<ScanFinding> findingsOrNone() {
        return findings == null ? List.of() : findings;
    }
}

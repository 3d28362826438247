package io.lightningops.content.client;

/** A finding as risk-service's scan answers it, and as its review takes it (offsets into the text sent). */
public record ScanFinding(String term, String category, String severity, int start, int end, String suggestion) {

    ScanFinding shifted(int by) {
        return new ScanFinding(term, category, severity, start + by, end + by, suggestion);
    }
}

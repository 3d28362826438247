package io.lightningops.content.client;

import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/reviews} of risk-service: the content as scanned and what the scan found in it. */
public record ReviewOpening(String contentType, String contentRef, String title, String text, List<ScanFinding> findings) {

    public static final String VIDEO = "VIDEO";
    static final int MAX_FINDINGS = 200;

    /**
     * A video's review: risk-service keeps one text per review, so the text is the title, a blank line and the
     * script, and each finding's offsets point into that text (the script's are moved past the title).
     */
    public static ReviewOpening ofVideo(String videoId, String title, String script, List<ScanFinding> titleFindings,
            List<ScanFinding> scriptFindings) {
        String separator = "\n\n";
        int shift = title.length() + separator.length();
        List<ScanFinding> findings = new ArrayList<>(titleFindings);
        scriptFindings.forEach(f -> findings.add(f.shifted(shift)));
        // risk-service takes at most 200 findings; the first ones are enough to decide, the video keeps them all
        List<ScanFinding> kept = findings.size() > MAX_FINDINGS ? findings.subList(0, MAX_FINDINGS) : findings;
        return new ReviewOpening(VIDEO, videoId, title, title + separator + script, List.copyOf(kept));
    }
}

package io.lightningops.content.client;

import java.util.List;

/** {@code POST /api/scans/batch}: the texts, and their results in the same order (one lexicon revision for all). */
final class ScanBatch {

    private ScanBatch() {
    }

    record Request(List<String> texts) {
    }

    record Response(List<ScanResult> results) {
    }
}

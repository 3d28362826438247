package io.lightningops.analytics.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * The test's own reading of the TikTok sample, independent of the service's parser: which lines are blank
 * (no counters) and the counters of the complete rows, so tests compare the service with their own numbers.
 */
record SampleRows(int dataRows, List<Integer> blankLines, List<long[]> counters, List<String> videoIds) {

    /** Per complete row: views, likes, shares, downloads, comments (the file's column order). */
    static SampleRows read(String csv) {
        String[] lines = csv.split("\r\n");
        List<Integer> blank = new ArrayList<>();
        List<long[]> counters = new ArrayList<>();
        List<String> videos = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",");
            // transcriptions may hold commas: the counters are the last five fields, the video id the third
            if (lines[i].endsWith(",,,,,")) {
                blank.add(i + 1);
                continue;
            }
            long[] row = new long[5];
            for (int k = 0; k < 5; k++) {
                row[k] = Long.parseLong(fields[fields.length - 5 + k]);
            }
            counters.add(row);
            videos.add(fields[2]);
        }
        return new SampleRows(lines.length - 1, blank, counters, videos);
    }
}

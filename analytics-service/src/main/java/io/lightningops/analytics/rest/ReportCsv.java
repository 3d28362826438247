package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/**
 * A report as CSV: UTF-8 with a byte-order mark (so that spreadsheet programs show the Chinese labels), three
 * blocks separated by an empty line (figures, the daily trend, the top and bottom videos), each with its header.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String render(ReportResponse report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, "key", "label", "value", "previous", "change");
        for (ReportResponse.Figure f : report.figures()) {
            line(csv, f.key(), f.label(), text(f.value()), text(f.previous()), text(f.change()));
        }
        csv.append("\r\n");
        line(csv, "date", "videos", "plays", "likes", "comments", "shares", "favorites", "newFollowers", "completionRate",
                "avgWatchSeconds", "engagementRate");
        for (DayFigures d : report.trend()) {
            line(csv, d.date().toString(), String.valueOf(d.videos()), String.valueOf(d.plays()), String.valueOf(d.likes()),
                    String.valueOf(d.comments()), String.valueOf(d.shares()), String.valueOf(d.favorites()),
                    String.valueOf(d.newFollowers()), text(d.completionRate()), text(d.avgWatchSeconds()),
                    text(d.engagementRate()));
        }
        csv.append("\r\n");
        line(csv, "rank", "videoId", "plays", "likes", "comments", "shares", "engagementRate", "completionRate");
        videos(csv, "top", report.topVideos());
        videos(csv, "bottom", report.bottomVideos());
        return csv.toString();
    }

    private static void videos(StringBuilder csv, String rank, List<ReportResponse.VideoFigures> videos) {
        for (int i = 0; i < videos.size(); i++) {
            ReportResponse.VideoFigures v = videos.get(i);
            line(csv, rank + " " + (i + 1), v.videoId(), String.valueOf(v.plays()), String.valueOf(v.likes()),
                    String.valueOf(v.comments()), String.valueOf(v.shares()), text(v.engagementRate()),
                    text(v.completionRate()));
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void line(StringBuilder csv, String... fields) {
        StringJoiner line = new StringJoiner(",");
        for (String field : fields) {
            boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
            line.add(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        csv.append(line).append("\r\n");
    }
}

package io.lightningops.analytics.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A report as one self-contained HTML page: inline CSS and SVG charts, no scripts, fonts or images from
 * elsewhere, Chinese labels in the system's CJK fonts. Cards for the key figures (with the change against the
 * previous period), a line chart of daily plays, bars of daily new followers, a line of the engagement rate,
 * goal progress bars, and the best and worst videos.
 */
final class ReportPage {

    private static final Set<String> RATES = Set.of("completionRate", "likeRate", "commentRate", "shareRate",
            "engagementRate", "followerGrowthRate");
    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int PAD = 44;

    private ReportPage() {
    }

    static String render(ReportResponse r) {
        StringBuilder h = new StringBuilder(16_384);
        String title = ("DAILY".equals(r.period()) ? "日报 " + r.from() : "月报 " + r.from().toString().substring(0, 7))
                + " · 账号 " + r.accountId();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title><style>")
                .append("body{margin:0;background:#f5f6f8;color:#1f2329;font:14px/1.6 -apple-system,BlinkMacSystemFont,")
                .append("'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC',sans-serif}")
                .append("main{max-width:1080px;margin:0 auto;padding:24px}h1{font-size:22px;margin:0 0 4px}")
                .append("h2{font-size:16px;margin:28px 0 12px}.sub{color:#646a73}")
                .append(".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:12px}")
                .append(".card{background:#fff;border-radius:10px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.06)}")
                .append(".card .label{color:#646a73;font-size:12px}.card .value{font-size:22px;font-weight:600}")
                .append(".up{color:#00a870}.down{color:#e34d59}.flat{color:#8f959e}")
                .append(".panel{background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 2px rgba(0,0,0,.06)}")
                .append("svg{width:100%;height:auto}table{width:100%;border-collapse:collapse;background:#fff}")
                .append("th,td{padding:8px 10px;text-align:right;border-bottom:1px solid #eef0f3}")
                .append("th:first-child,td:first-child{text-align:left}th{color:#646a73;font-weight:500}")
                .append(".bar{height:10px;background:#eef0f3;border-radius:5px;overflow:hidden}")
                .append(".bar i{display:block;height:100%;background:#3370ff}.grid2{display:grid;")
                .append("grid-template-columns:1fr 1fr;gap:16px}@media(max-width:760px){.grid2{grid-template-columns:1fr}}")
                .append("</style></head><body><main>");
        h.append("<h1>").append(esc(title)).append("</h1><div class=\"sub\">统计区间 ").append(r.from()).append(" 至 ")
                .append(r.to()).append("，对比 ").append(r.previousFrom()).append(" 至 ").append(r.previousTo())
                .append(" · 生成于 ").append(r.generatedAt()).append("</div>");

        h.append("<h2>核心指标</h2><div class=\"cards\">");
        for (ReportResponse.Figure f : r.figures()) {
            h.append("<div class=\"card\"><div class=\"label\">").append(esc(f.label())).append("</div><div class=\"value\">")
                    .append(format(f.key(), f.value())).append("</div>").append(change(f.change())).append("</div>");
        }
        h.append("</div>");

        h.append("<h2>每日播放趋势</h2><div class=\"panel\">")
                .append(lineChart(r.trend(), d -> d.plays(), "#3370ff", false)).append("</div>");
        h.append("<div class=\"grid2\"><div><h2>每日视频涨粉</h2><div class=\"panel\">")
                .append(barChart(r.trend())).append("</div></div><div><h2>每日互动率</h2><div class=\"panel\">")
                .append(lineChart(r.trend(), d -> d.engagementRate() == null ? 0 : d.engagementRate().doubleValue(),
                        "#00a870", true))
                .append("</div></div></div>");

        h.append("<h2>目标进度</h2><div class=\"panel\"><table><tr><th>目标</th><th>目标值</th><th>实际</th><th>进度</th>")
                .append("<th style=\"width:35%\"></th></tr>");
        for (GoalProgress g : r.goals()) {
            double progress = g.progress() == null ? 0 : Math.min(1, g.progress().doubleValue());
            String key = g.goal().equals("COMPLETION_RATE") ? "completionRate" : g.goal();
            h.append("<tr><td>").append(goalLabel(g.goal())).append("</td><td>").append(format(key, g.target()))
                    .append("</td><td>").append(format(key, g.actual())).append("</td><td>")
                    .append(g.progress() == null ? "–" : percent(g.progress())).append(g.met() ? " ✓" : "")
                    .append("</td><td><div class=\"bar\"><i style=\"width:").append(Math.round(progress * 100))
                    .append("%\"></i></div></td></tr>");
        }
        h.append("</table></div>");

        videos(h, "播放最高的视频", r.topVideos());
        videos(h, "播放最低的视频", r.bottomVideos());
        h.append("</main></body></html>\n");
        return h.toString();
    }

    private static void videos(StringBuilder h, String title, List<ReportResponse.VideoFigures> videos) {
        h.append("<h2>").append(title).append("</h2><table><tr><th>视频</th><th>播放</th><th>点赞</th><th>评论</th>")
                .append("<th>分享</th><th>互动率</th><th>完播率</th></tr>");
        if (videos.isEmpty()) {
            h.append("<tr><td colspan=\"7\" class=\"flat\">本期没有数据</td></tr>");
        }
        for (ReportResponse.VideoFigures v : videos) {
            h.append("<tr><td>").append(esc(v.videoId())).append("</td><td>").append(String.format("%,d", v.plays()))
                    .append("</td><td>").append(String.format("%,d", v.likes())).append("</td><td>")
                    .append(String.format("%,d", v.comments())).append("</td><td>").append(String.format("%,d", v.shares()))
                    .append("</td><td>").append(v.engagementRate() == null ? "–" : percent(v.engagementRate()))
                    .append("</td><td>").append(v.completionRate() == null ? "–" : percent(v.completionRate()))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private static String lineChart(List<DayFigures> days, ToDoubleFunction<DayFigures> value, String color,
            boolean percent) {
        StringBuilder svg = svgStart();
        if (days.isEmpty()) {
            return svg.append(noData()).append("</svg>").toString();
        }
        double max = niceMax(days.stream().mapToDouble(value).max().orElse(0));
        axes(svg, max, percent);
        StringBuilder points = new StringBuilder();
        StringBuilder area = new StringBuilder().append(x(0, days.size())).append(',').append(HEIGHT - PAD / 2);
        for (int i = 0; i < days.size(); i++) {
            double px = x(i, days.size());
            double py = y(value.applyAsDouble(days.get(i)), max);
            points.append(String.format("%.1f,%.1f ", px, py));
            area.append(String.format(" %.1f,%.1f", px, py));
        }
        area.append(' ').append(x(days.size() - 1, days.size())).append(',').append(HEIGHT - PAD / 2);
        svg.append("<polygon points=\"").append(area).append("\" fill=\"").append(color).append("\" fill-opacity=\"0.08\"/>")
                .append("<polyline points=\"").append(points.toString().trim()).append("\" fill=\"none\" stroke=\"")
                .append(color).append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
        for (int i = 0; i < days.size(); i++) {
            double v = value.applyAsDouble(days.get(i));
            svg.append(String.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s：%s</title></circle>",
                    x(i, days.size()), y(v, max), color, days.get(i).date(), percent ? percent(BigDecimal.valueOf(v))
                            : String.format("%,.0f", v)));
        }
        dateLabels(svg, days);
        return svg.append("</svg>").toString();
    }

    private static String barChart(List<DayFigures> days) {
        StringBuilder svg = svgStart();
        if (days.isEmpty()) {
            return svg.append(noData()).append("</svg>").toString();
        }
        double max = niceMax(days.stream().mapToDouble(DayFigures::newFollowers).max().orElse(0));
        axes(svg, max, false);
        double slot = (WIDTH - 2.0 * PAD) / days.size();
        for (int i = 0; i < days.size(); i++) {
            double v = days.get(i).newFollowers();
            double top = y(Math.max(0, v), max);
            svg.append(String.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"#ff8800\">"
                    + "<title>%s：%,.0f</title></rect>", PAD + i * slot + slot * 0.15, top, slot * 0.7,
                    HEIGHT - PAD / 2.0 - top, days.get(i).date(), v));
        }
        dateLabels(svg, days);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder svgStart() {
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" font-size=\"11\" fill=\"#646a73\">");
    }

    private static String noData() {
        return "<text x=\"" + WIDTH / 2 + "\" y=\"" + HEIGHT / 2 + "\" text-anchor=\"middle\">本期没有数据</text>";
    }

    private static void axes(StringBuilder svg, double max, boolean percent) {
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double py = y(v, max);
            svg.append(String.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eef0f3\"/>", PAD, py,
                    WIDTH - PAD / 2, py));
            svg.append(String.format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", PAD - 6, py + 4,
                    percent ? percent(BigDecimal.valueOf(v)) : compact(v)));
        }
    }

    private static void dateLabels(StringBuilder svg, List<DayFigures> days) {
        int step = Math.max(1, (int) Math.ceil(days.size() / 8.0));
        for (int i = 0; i < days.size(); i += step) {
            svg.append(String.format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x(i, days.size()),
                    HEIGHT - 4, days.get(i).date().toString().substring(5)));
        }
    }

    private static double x(int i, int n) {
        double slot = (WIDTH - 2.0 * PAD) / n;
        return PAD + slot * i + slot / 2;
    }

    private static double y(double v, double max) {
        return HEIGHT - PAD / 2.0 - (HEIGHT - PAD) * (max == 0 ? 0 : v / max);
    }

    private static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String compact(double v) {
        if (v >= 100_000_000) {
            return trim(v / 100_000_000) + "亿";
        }
        if (v >= 10_000) {
            return trim(v / 10_000) + "万";
        }
        return trim(v);
    }

    private static String trim(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String format(String key, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        if (RATES.contains(key)) {
            return percent(value);
        }
        if (key.equals("liveGmv")) {
            return "¥" + String.format("%,.2f", value);
        }
        return value.scale() > 0 ? String.format("%,.2f", value) : String.format("%,d", value.longValue());
    }

    private static String change(BigDecimal change) {
        if (change == null) {
            return "<div class=\"flat\">– 环比</div>";
        }
        int sign = change.signum();
        String css = sign > 0 ? "up" : sign < 0 ? "down" : "flat";
        String arrow = sign > 0 ? "▲" : sign < 0 ? "▼" : "■";
        return "<div class=\"" + css + "\">" + arrow + " " + percent(change.abs()) + " 环比</div>";
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String goalLabel(String goal) {
        return switch (goal) {
            case "FOLLOWERS" -> "涨粉";
            case "AVG_PLAYS_PER_VIDEO" -> "平均播放量";
            case "COMPLETION_RATE" -> "完播率";
            default -> esc(goal);
        };
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

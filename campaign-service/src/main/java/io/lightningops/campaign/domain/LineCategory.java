package io.lightningops.campaign.domain;

/** What a budget line pays for; the category fixes whether the line is rigid or flexible. */
public enum LineCategory {
    SALARIES(LineKind.RIGID),
    PLATFORM_FEES(LineKind.RIGID),
    DEPRECIATION(LineKind.RIGID),
    CONTENT(LineKind.FLEXIBLE),
    MARKETING(LineKind.FLEXIBLE);

    private final LineKind kind;

    LineCategory(LineKind kind) {
        this.kind = kind;
    }

    public LineKind kind() {
        return kind;
    }
}

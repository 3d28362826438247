package io.lightningops.content.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class Examples {

    static final String MAIN_ACCOUNT_REQUEST = """
            {"name": "闪电咖啡官方号", "douyinId": "lightning_coffee", "tier": "MAIN"}""";

    static final String SUB_ACCOUNT_REQUEST = """
            {"name": "闪电咖啡·探店", "douyinId": "lightning_coffee_shops", "tier": "SUB",
             "mainAccountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10"}""";

    static final String ACCOUNT = """
            {"id": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "name": "闪电咖啡官方号", "douyinId": "lightning_coffee",
             "tier": "MAIN", "mainAccountId": null, "createdAt": "2026-11-26T09:00:00Z",
             "updatedAt": "2026-11-26T09:00:00Z", "version": 0}""";


    static final String VIDEO_REQUEST = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "title": "三秒学会手冲咖啡",
             "script": "你还在用速溶？三步教你在家做出咖啡馆的味道……", "layer": "VALUE"}""";

    static final String VIDEO = """
            {"id": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "title": "三秒学会手冲咖啡", "script": "你还在用速溶？三步教你在家做出咖啡馆的味道……", "layer": "VALUE",
             "status": "DRAFT", "findings": null, "reviewId": null, "publishAt": null, "douyinItemId": null,
             "publishedAt": null, "createdAt": "2026-11-26T09:05:00Z", "updatedAt": "2026-11-26T09:05:00Z", "version": 0}""";

    static final String SUBMITTED_REJECTED = """
            {"id": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "title": "冷萃咖啡上新", "script": "全网最低价，国家级工艺", "layer": "CONVERSION", "status": "REJECTED",
             "findings": [
               {"field": "script", "term": "全网最低", "category": "AD_LAW", "severity": "BLOCK", "start": 0, "end": 4,
                "suggestion": "删去“全网最”，改为具体价格"},
               {"field": "script", "term": "国家级", "category": "AD_LAW", "severity": "BLOCK", "start": 6, "end": 9,
                "suggestion": "删去，或如实写明资质全称与编号"}],
             "reviewId": null, "publishAt": null, "douyinItemId": null, "publishedAt": null,
             "createdAt": "2026-11-26T09:05:00Z", "updatedAt": "2026-11-26T09:06:00Z", "version": 1}""";

    static final String SCHEDULE_REQUEST = """
            {"publishAt": "2026-12-01T19:00:00+08:00", "note": "周五晚高峰"}""";

    static final String PUBLISH_REQUEST = """
            {"douyinItemId": "7301234567890123456"}""";

    static final String VIDEO_HISTORY = """
            {"items": [
              {"from": null, "to": "DRAFT", "by": "operator", "at": "2026-11-26T09:05:00Z", "note": "created",
               "findings": null, "reviewId": null},
              {"from": "DRAFT", "to": "IN_REVIEW", "by": "operator", "at": "2026-11-26T09:06:00Z",
               "note": "risk scan: REVIEW (1 findings); review 7a3d9c2e-1b4f-4e6a-8c5d-2f1e0a9b8c7d opened",
               "findings": [{"field": "script", "term": "独家", "category": "AD_LAW", "severity": "REVIEW", "start": 0,
                             "end": 2, "suggestion": "需有独家授权证明；否则删去"}],
               "reviewId": "7a3d9c2e-1b4f-4e6a-8c5d-2f1e0a9b8c7d"},
              {"from": "IN_REVIEW", "to": "APPROVED", "by": "legal", "at": "2026-11-26T15:00:00Z",
               "note": "review 7a3d9c2e-1b4f-4e6a-8c5d-2f1e0a9b8c7d APPROVED at LEGAL: 授权书已核验", "findings": null,
               "reviewId": "7a3d9c2e-1b4f-4e6a-8c5d-2f1e0a9b8c7d"}],
             "page": 0, "size": 20, "total": 3}""";

    static final String ILLEGAL_TRANSITION = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A DRAFT video cannot become PUBLISHED; from DRAFT it can become IN_REVIEW, APPROVED, REJECTED, RETIRED",
             "instance": "/api/videos/5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f/publish"}""";

    static final String RISK_UNAVAILABLE = """
            {"type": "https://lightning-ops.dev/problems/service-unavailable", "title": "Service Unavailable", "status": 503,
             "detail": "risk-service, which must scan the title and script, is unavailable; the video was not changed, submit it again later",
             "instance": "/api/videos/5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f/submit"}""";

    static final String CALENDAR = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "from": "2026-12-01", "to": "2026-12-02",
             "zone": "Asia/Shanghai",
             "days": [
               {"date": "2026-12-01", "videos": [{"id": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "title": "三秒学会手冲咖啡",
                 "layer": "VALUE", "status": "SCHEDULED", "publishAt": "2026-12-01T19:00:00+08:00"}]},
               {"date": "2026-12-02", "videos": []}],
             "mix": {"total": 1, "tolerance": 0.05, "balanced": false, "layers": [
               {"layer": "TRAFFIC", "count": 0, "share": 0.0000, "target": 0.40, "deviation": -0.4000, "flagged": true},
               {"layer": "VALUE", "count": 1, "share": 1.0000, "target": 0.35, "deviation": 0.6500, "flagged": true},
               {"layer": "CONVERSION", "count": 0, "share": 0.0000, "target": 0.25, "deviation": -0.2500, "flagged": true}]}}""";

    static final String PLAN_REQUEST = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "startDate": "2026-12-01", "days": 28,
             "cadence": "3+1", "slotTimes": ["19:00"], "apply": false}""";

    static final String PLAN = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "startDate": "2026-12-01", "endDate": "2026-12-28",
             "days": 28, "cadence": "3+1", "zone": "Asia/Shanghai", "slotTimes": ["19:00"], "applied": false,
             "regularDays": 21, "pushDays": 7, "filled": 28, "empty": 0,
             "plan": [
               {"day": 1, "date": "2026-12-01", "type": "REGULAR", "slots": [{"time": "19:00",
                 "publishAt": "2026-12-01T19:00:00+08:00", "state": "PROPOSED", "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f",
                 "title": "冷萃咖啡为什么贵", "layer": "TRAFFIC"}]},
               {"day": 4, "date": "2026-12-04", "type": "PUSH", "slots": [{"time": "19:00",
                 "publishAt": "2026-12-04T19:00:00+08:00", "state": "PROPOSED", "videoId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                 "title": "打工人的续命神器", "layer": "TRAFFIC"}]}],
             "mix": {"total": 28, "tolerance": 0.05, "balanced": true, "layers": [
               {"layer": "TRAFFIC", "count": 12, "share": 0.4286, "target": 0.40, "deviation": 0.0286, "flagged": false},
               {"layer": "VALUE", "count": 9, "share": 0.3214, "target": 0.35, "deviation": -0.0286, "flagged": false},
               {"layer": "CONVERSION", "count": 7, "share": 0.2500, "target": 0.25, "deviation": 0.0000, "flagged": false}]}}""";

    static final String EXPERIMENT_REQUEST = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "name": "冷萃开头三秒：口播 vs 画面",
             "idea": "冷萃咖啡的第一口", "metric": "COMPLETION_RATE",
             "videoIds": ["5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"]}""";

    static final String EXPERIMENT_RESULTS = """
            {"experimentId": "3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9", "metric": "LIKE_RATE",
             "test": "Two-proportion z-test (pooled variance, two-sided) of the leader against each other variant; Bonferroni correction for the k-1 comparisons: each p-value is compared with alpha/(k-1). The leader wins only if every comparison is significant.",
             "alpha": 0.05, "comparisons": 1, "adjustedAlpha": 0.05, "conclusion": "SIGNIFICANT_WINNER",
             "leader": "B", "winner": "B", "winnerVideoId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "significant": true,
             "detail": "B wins: its like rate is higher than every other variant's at the Bonferroni-corrected level 0.05.",
             "variants": [
               {"label": "A", "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "capturedAt": "2026-11-26T08:00:00Z",
                "plays": 1000, "successes": 30, "rate": 0.0300, "sufficient": true, "reason": null},
               {"label": "B", "videoId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "capturedAt": "2026-11-26T08:00:00Z",
                "plays": 1000, "successes": 60, "rate": 0.0600, "sufficient": true, "reason": null}],
             "tests": [{"against": "A", "z": 3.2359, "pValue": 0.00121, "adjustedPValue": 0.00121, "significant": true}]}""";


    static final String CONFLICT = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Another account already has the Douyin id lightning_coffee", "instance": "/api/accounts"}""";

    private Examples() {
    }
}

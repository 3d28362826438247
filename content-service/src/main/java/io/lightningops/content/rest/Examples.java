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
             "tier": "MAIN", "mainAccountId": null, "tags": ["手冲咖啡", "咖啡器具"],
             "persona": {"description": "懂咖啡的邻家咖啡师", "targetAudience": "25-35 岁一二线城市白领", "tone": "亲切、专业"},
             "createdAt": "2026-11-26T09:00:00Z",
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

    // the catalogue: account matrix, topics, scripts and templates, assets, UGC picks

    static final String ACCOUNT_MATRIX = """
            {"main": {"id": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "name": "闪电咖啡官方号", "douyinId": "lightning_coffee",
              "tier": "MAIN", "mainAccountId": null, "tags": ["手冲咖啡"], "persona": {"description": "品牌主号",
              "targetAudience": "咖啡爱好者", "tone": "专业"}, "createdAt": "2026-11-26T09:00:00Z",
              "updatedAt": "2026-11-26T09:00:00Z", "version": 0},
             "subAccounts": [{"id": "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a", "name": "闪电咖啡·探店",
              "douyinId": "lightning_coffee_shops", "tier": "SUB", "mainAccountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
              "tags": ["探店", "城市咖啡地图"], "persona": {"description": "跑遍城市咖啡馆的探店达人",
              "targetAudience": "周末想出门的年轻人", "tone": "轻松、好奇"}, "createdAt": "2026-11-26T09:10:00Z",
              "updatedAt": "2026-11-26T09:10:00Z", "version": 0}],
             "maxSubAccounts": 10, "remaining": 9}""";

    static final String TOPIC_REQUEST = """
            {"title": "冬天第一杯热拿铁在家怎么做", "direction": "季节热点 + 在家复刻咖啡馆饮品", "source": "TREND",
             "tags": ["手冲咖啡", "季节限定"], "score": 82, "month": "2026-12",
             "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "notes": "参考竞品 3 条爆款的开头"}""";

    static final String TOPIC = """
            {"id": "7a0e4c2d-1b3f-4e5a-8c9d-0e1f2a3b4c5d", "title": "冬天第一杯热拿铁在家怎么做",
             "direction": "季节热点 + 在家复刻咖啡馆饮品", "source": "TREND", "tags": ["手冲咖啡", "季节限定"], "score": 82,
             "status": "IDEA", "month": "2026-12", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "notes": "参考竞品 3 条爆款的开头", "createdAt": "2026-11-26T09:20:00Z", "updatedAt": "2026-11-26T09:20:00Z",
             "version": 0}""";

    static final String TOPIC_TRANSITION = """
            {"status": "PLANNED"}""";

    static final String TOPIC_ILLEGAL_TRANSITION = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A IDEA topic cannot become USED; it can become [PLANNED, RETIRED]",
             "instance": "/api/topics/7a0e4c2d-1b3f-4e5a-8c9d-0e1f2a3b4c5d/transitions"}""";

    static final String TOPIC_IMPORT = """
            [{"title": "圣诞限定咖啡礼盒开箱", "source": "IDEA", "score": 75, "tags": ["礼盒"]},
             {"title": "", "source": "TREND", "score": 60},
             {"title": "一周咖啡不重样", "direction": "系列内容", "source": "COMPETITOR", "score": 68}]""";

    static final String TOPIC_IMPORT_RESULT = """
            {"accepted": 2, "topicIds": ["1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b", "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"],
             "rejected": [{"index": 1, "reason": "title: must not be blank"}]}""";

    static final String TEMPLATE_REQUEST = """
            {"name": "HOOK_DEMO_CTA_45S", "description": "开头钩子 3 秒，产品演示到 30 秒，行动号召到 45 秒",
             "segments": [{"name": "HOOK", "from": 0, "to": 3}, {"name": "DEMO", "from": 3, "to": 30},
                          {"name": "CALL_TO_ACTION", "from": 30, "to": 45}]}""";

    static final String TEMPLATE = """
            {"id": "00000000-0000-0000-0000-00000000a001", "name": "HOOK_VALUE_PAYOFF_30S",
             "description": "Hook (0-3 s), core value (3-15 s), emotional payoff (15-30 s)", "defaultTemplate": true,
             "segments": [{"name": "HOOK", "from": 0, "to": 3}, {"name": "CORE_VALUE", "from": 3, "to": 15},
                          {"name": "EMOTIONAL_PAYOFF", "from": 15, "to": 30}],
             "totalSeconds": 30, "createdAt": "2026-11-01T00:00:00Z", "version": 0}""";

    static final String SCRIPT_REQUEST = """
            {"title": "三步在家做出咖啡馆拿铁", "templateId": "00000000-0000-0000-0000-00000000a001",
             "topicId": "7a0e4c2d-1b3f-4e5a-8c9d-0e1f2a3b4c5d",
             "segments": [{"name": "HOOK", "text": "你还在喝速溶咖啡？", "start": 0, "end": 3},
                          {"name": "CORE_VALUE", "text": "三步：磨豆、萃取、打奶泡，在家就能做。", "start": 3, "end": 15},
                          {"name": "EMOTIONAL_PAYOFF", "text": "冬天的早晨，给自己一杯刚刚好的温暖。", "start": 15, "end": 28.5}]}""";

    static final String SCRIPT = """
            {"id": "3c9a1f0e-2b4d-4e6f-8a1b-2c3d4e5f6a7b", "title": "三步在家做出咖啡馆拿铁",
             "templateId": "00000000-0000-0000-0000-00000000a001", "templateName": "HOOK_VALUE_PAYOFF_30S",
             "topicId": "7a0e4c2d-1b3f-4e5a-8c9d-0e1f2a3b4c5d", "accountId": null,
             "segments": [{"name": "HOOK", "text": "你还在喝速溶咖啡？", "start": 0, "end": 3},
                          {"name": "CORE_VALUE", "text": "三步：磨豆、萃取、打奶泡，在家就能做。", "start": 3, "end": 15},
                          {"name": "EMOTIONAL_PAYOFF", "text": "冬天的早晨，给自己一杯刚刚好的温暖。", "start": 15, "end": 28.5}],
             "text": "你还在喝速溶咖啡？\n三步：磨豆、萃取、打奶泡，在家就能做。\n冬天的早晨，给自己一杯刚刚好的温暖。",
             "durationSeconds": 28.5, "createdAt": "2026-11-26T10:00:00Z", "updatedAt": "2026-11-26T10:00:00Z",
             "version": 0}""";

    static final String SCRIPT_VIOLATIONS = """
            {"type": "https://lightning-ops.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "The script does not fit template HOOK_VALUE_PAYOFF_30S: 2 problems", "instance": "/api/scripts",
             "violations": [{"field": "segments[1].end", "message": "must be at most 15 s, where the CORE_VALUE window [3, 15) s ends"},
                            {"field": "segments", "message": "misses EMOTIONAL_PAYOFF (15–30 s) of template HOOK_VALUE_PAYOFF_30S"}]}""";

    static final String ASSET_REQUEST = """
            {"title": "手冲壶注水特写 4K", "category": "PRODUCT_DISPLAY",
             "url": "https://assets.example.com/coffee/pour-over-4k.mp4", "tags": ["手冲咖啡", "特写"]}""";

    static final String ASSET = """
            {"id": "9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", "title": "手冲壶注水特写 4K", "category": "PRODUCT_DISPLAY",
             "url": "https://assets.example.com/coffee/pour-over-4k.mp4", "tags": ["手冲咖啡", "特写"], "status": "ACTIVE",
             "usageCount": 4, "lastUsedAt": "2026-11-20T08:00:00Z", "retiredAt": null,
             "createdAt": "2026-08-01T09:00:00Z", "updatedAt": "2026-11-20T08:00:00Z", "version": 4}""";

    static final String REFRESH_PROPOSAL = """
            {"id": "4f3e2d1c-0b9a-4876-9543-210fedcba987", "status": "PROPOSED", "share": 0.30, "activeAssets": 10,
             "proposedBy": "operator", "createdAt": "2026-12-01T09:00:00Z", "expiresAt": "2026-12-08T09:00:00Z",
             "appliedBy": null, "appliedAt": null,
             "assets": [{"assetId": "9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", "title": "旧款包装开箱", "category": "UNBOXING",
                         "usageCount": 0, "lastUsedAt": null, "outcome": null}],
             "version": 0}""";

    static final String REFRESH_APPLIED = """
            {"id": "4f3e2d1c-0b9a-4876-9543-210fedcba987", "status": "APPLIED", "share": 0.30, "activeAssets": 10,
             "proposedBy": "operator", "createdAt": "2026-12-01T09:00:00Z", "expiresAt": "2026-12-08T09:00:00Z",
             "appliedBy": "operator", "appliedAt": "2026-12-01T09:30:00Z",
             "assets": [{"assetId": "9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", "title": "旧款包装开箱", "category": "UNBOXING",
                         "usageCount": 0, "lastUsedAt": null, "outcome": "RETIRED"}],
             "version": 1}""";

    static final String UGC_SUBMISSION_REQUEST = """
            {"handle": "@咖啡小白的日常", "link": "https://www.douyin.com/video/7301234567890123456",
             "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "notes": "用我们的挂耳做了冰咖啡，画面干净"}""";

    static final String UGC_SUBMISSION = """
            {"id": "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b", "handle": "@咖啡小白的日常",
             "link": "https://www.douyin.com/video/7301234567890123456", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "topicId": null, "notes": "用我们的挂耳做了冰咖啡，画面干净", "pickedWeek": null,
             "createdAt": "2026-11-24T12:00:00Z", "version": 0}""";

    static final String UGC_PICKS_REQUEST = """
            {"week": "2026-W48", "submissionIds": ["1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b"], "note": "本周主题：冬日热饮"}""";

    static final String UGC_WEEK_PICKS = """
            {"week": "2026-W48", "weekStart": "2026-11-23", "weekEnd": "2026-11-29",
             "picks": [{"week": "2026-W48", "submissionId": "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b", "handle": "@咖啡小白的日常",
                        "link": "https://www.douyin.com/video/7301234567890123456",
                        "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "note": "本周主题：冬日热饮",
                        "pickedBy": "operator", "pickedAt": "2026-11-27T10:00:00Z"}]}""";

    private Examples() {
    }
}

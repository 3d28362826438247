package io.lightningops.campaign.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class Examples {

    static final String MCN_REQUEST = """
            {"name": "星河MCN", "type": "MCN", "agency": "alpha", "douyinId": "xinghe_mcn",
             "contactEmail": "bd@xinghe-mcn.example"}""";

    static final String CREATOR_REQUEST = """
            {"name": "咖啡小鹿", "type": "CREATOR", "douyinId": "coffee_deer"}""";

    static final String PARTNER = """
            {"id": "7a9c4e2f-1b3d-4c5e-8f60-2d4b6a8c0e13", "name": "星河MCN", "type": "MCN", "agency": "alpha",
             "douyinId": "xinghe_mcn", "contactEmail": "bd@xinghe-mcn.example", "createdAt": "2026-11-26T09:00:00Z",
             "updatedAt": "2026-11-26T09:00:00Z", "version": 0}""";

    static final String PARTNERSHIP_REQUEST = """
            {"partnerId": "7a9c4e2f-1b3d-4c5e-8f60-2d4b6a8c0e13", "title": "冷萃新品 种草合作",
             "description": "3 条短视频 + 1 场直播", "startsOn": "2026-12-01", "endsOn": "2026-12-31"}""";

    static final String PARTNERSHIP = """
            {"id": "0b6f4a52-8d1e-4c3a-9f27-5e8d1c2b3a40", "partnerId": "7a9c4e2f-1b3d-4c5e-8f60-2d4b6a8c0e13",
             "agency": "alpha", "campaignId": null, "title": "冷萃新品 种草合作", "description": "3 条短视频 + 1 场直播",
             "status": "LEGAL_REVIEW", "startsOn": "2026-12-01", "endsOn": "2026-12-31", "totalPrice": "12000.00",
             "steps": [{"from": null, "to": "DRAFT", "by": "operator", "at": "2026-11-26T09:00:00Z", "note": null},
                       {"from": "DRAFT", "to": "LEGAL_REVIEW", "by": "operator", "at": "2026-11-26T10:00:00Z",
                        "note": "条款已与MCN确认"}],
             "createdBy": "operator", "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T10:00:00Z",
             "version": 1}""";

    static final String TRANSITION = """
            {"status": "LEGAL_REVIEW", "note": "条款已与MCN确认"}""";

    static final String ILLEGAL_TRANSITION = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A DRAFT contract cannot become SIGNED; it can become [LEGAL_REVIEW, ARCHIVED]",
             "instance": "/api/partnerships/0b6f4a52-8d1e-4c3a-9f27-5e8d1c2b3a40/transitions"}""";

    static final String DELIVERABLE_REQUEST = """
            {"kind": "VIDEO", "title": "冷萃开箱短视频 60s", "dueAt": "2026-12-05T20:00:00+08:00", "price": "6000.00"}""";

    static final String DELIVERABLE = """
            {"id": "5c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5", "partnershipId": "0b6f4a52-8d1e-4c3a-9f27-5e8d1c2b3a40",
             "kind": "VIDEO", "title": "冷萃开箱短视频 60s", "dueAt": "2026-12-05T12:00:00Z", "price": "6000.00",
             "status": "SUBMITTED", "link": "https://www.douyin.com/video/7312345678901234567",
             "submittedAt": "2026-12-04T12:00:00Z", "submittedBy": "service-account-mcn-alpha",
             "metrics": {"plays": 152000, "likes": 8100, "comments": 430, "shares": 260, "orders": 95, "gmv": "8455.00"},
             "reviewedBy": null, "reviewedAt": null, "reviewNote": null, "createdAt": "2026-11-26T09:05:00Z",
             "updatedAt": "2026-12-04T12:01:00Z", "version": 1}""";

    static final String SUBMISSION_REQUEST = """
            {"link": "https://www.douyin.com/video/7312345678901234567", "deliveredAt": "2026-12-04T20:00:00+08:00",
             "metrics": {"plays": 152000, "likes": 8100, "comments": 430, "shares": 260, "orders": 95, "gmv": "8455.00"}}""";

    static final String REVIEW_REQUEST = """
            {"decision": "ACCEPT", "note": "画面与脚本一致"}""";

    static final String XINGTU_REQUEST = """
            {"xingtuOrderId": "XT20261201000123", "priceModel": "CPM", "unitPrice": "28.00", "plannedUnits": 500,
             "budgetCap": "15000.00"}""";

    static final String XINGTU_TASK = """
            {"id": "9e8d7c6b-5a49-4838-a726-15f4e3d2c1b0", "partnershipId": "0b6f4a52-8d1e-4c3a-9f27-5e8d1c2b3a40",
             "deliverableId": null, "xingtuOrderId": "XT20261201000123", "priceModel": "CPM", "unitPrice": "28.00",
             "plannedUnits": 500, "budgetCap": "15000.00", "status": "IN_PROGRESS", "videos": 1, "impressions": 480000,
             "engagements": 21000, "actions": 310, "actualUnits": 480, "cost": "13440.00", "plannedCost": "14000.00",
             "createdAt": "2026-12-01T09:00:00Z", "updatedAt": "2026-12-03T09:00:00Z", "version": 1}""";

    static final String EVALUATION_REQUEST = """
            {"campaignId": null, "inputs": {"audienceOverlapPercent": 62.5, "avgPlays": 120000, "avgInteractions": 6000,
             "clicks": 4000, "orders": 120, "contentFitRating": 4, "quotedPrice": "3600.00", "onTimeDeliveries": 9,
             "totalDeliveries": 10}, "weights": {"audienceOverlap": 0.30, "costEfficiency": 0.05}, "note": "Q4 初筛"}""";

    static final String EVALUATION = """
            {"id": "3f2e1d0c-9b8a-4765-8432-10fedcba9876", "partnerId": "7a9c4e2f-1b3d-4c5e-8f60-2d4b6a8c0e13",
             "campaignId": null, "score": 68.50,
             "breakdown": [{"metric": "AUDIENCE_OVERLAP", "normalized": 0.6250, "weight": 0.30, "points": 18.75},
                           {"metric": "ENGAGEMENT_RATE", "normalized": 0.6250, "weight": 0.20, "points": 12.50},
                           {"metric": "CONVERSION_ABILITY", "normalized": 0.6000, "weight": 0.20, "points": 12.00},
                           {"metric": "CONTENT_FIT", "normalized": 0.7500, "weight": 0.15, "points": 11.25},
                           {"metric": "COST_EFFICIENCY", "normalized": 1.0000, "weight": 0.05, "points": 5.00},
                           {"metric": "RELIABILITY", "normalized": 0.9000, "weight": 0.10, "points": 9.00}],
             "weights": {"audienceOverlap": 0.30, "engagementRate": 0.20, "conversionAbility": 0.20, "contentFit": 0.15,
                         "costEfficiency": 0.05, "reliability": 0.10},
             "inputs": {"audienceOverlapPercent": 62.5, "avgPlays": 120000, "avgInteractions": 6000, "clicks": 4000,
                        "orders": 120, "contentFitRating": 4, "quotedPrice": 3600.00, "onTimeDeliveries": 9,
                        "totalDeliveries": 10},
             "evaluatedBy": "operator", "evaluatedAt": "2026-11-26T09:00:00Z", "note": "Q4 初筛"}""";

    static final String RANKING_REQUEST = """
            {"type": "CREATOR", "category": "coffee", "weights": {"conversionAbility": 0.40}}""";

    static final String WEBHOOK_REQUEST = """
            {"url": "https://hooks.xinghe-mcn.example/lightning",
             "eventTypes": ["partnership.status_changed", "deliverable.reviewed"], "description": "星河 BD 系统"}""";

    static final String WEBHOOK_CREATED = """
            {"id": "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e", "agency": "alpha",
             "url": "https://hooks.xinghe-mcn.example/lightning",
             "eventTypes": ["partnership.status_changed", "deliverable.reviewed"], "description": "星河 BD 系统",
             "active": true, "createdBy": "service-account-mcn-alpha", "createdAt": "2026-11-26T09:00:00Z",
             "updatedAt": "2026-11-26T09:00:00Z", "version": 0,
             "secret": "whsec_Jr3o7sXn0b2qGk6H1yZ9uVw4eT5aC8dF2gL1mP0nQ7s"}""";

    static final String DELIVERIES = """
            {"items": [{"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "eventId": "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60",
              "eventType": "deliverable.reviewed", "status": "PENDING", "attempts": 2,
              "nextAttemptAt": "2026-12-04T12:00:40Z", "lastAttemptAt": "2026-12-04T12:00:20Z", "lastStatusCode": 503,
              "lastError": "The endpoint answered 503", "deliveredAt": null, "createdAt": "2026-12-04T12:00:00Z"}],
             "page": 0, "size": 20, "total": 1}""";

    static final String CONFLICT = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Another partner already has the agency alpha", "instance": "/api/partners"}""";

    // budgets and spend requests

    static final String BUDGET_REQUEST = """
            {"year": 2026, "name": "2026 抖音运营年度预算", "total": "1000000.00",
             "lines": [
               {"name": "运营团队薪资", "category": "SALARIES", "planned": "360000.00"},
               {"name": "平台服务费", "category": "PLATFORM_FEES", "planned": "60000.00"},
               {"name": "设备折旧", "category": "DEPRECIATION", "planned": "20000.00"},
               {"name": "达人合作与内容制作", "category": "CONTENT", "planned": "240000.00"},
               {"name": "DOU+ 与营销活动", "category": "MARKETING", "planned": "120000.00"}]}""";

    static final String BUDGET = """
            {"id": "5d1e2f3a-4b5c-4d6e-8f70-1a2b3c4d5e6f", "year": 2026, "name": "2026 抖音运营年度预算",
             "total": "1000000.00", "reserveRate": "0.2000", "reserve": "200000.00", "allocated": "800000.00",
             "unallocated": "0.00", "committed": "12000.00",
             "lines": [{"id": "0b6c5d1e-8a3f-4e2b-9c7d-1f2e3a4b5c6d", "name": "达人合作与内容制作", "category": "CONTENT",
               "kind": "FLEXIBLE", "planned": "240000.00", "committed": "12000.00", "available": "228000.00",
               "actual": "21500.00", "monthlyPlan": ["20000.00", "20000.00", "20000.00", "20000.00", "20000.00",
               "20000.00", "20000.00", "20000.00", "20000.00", "20000.00", "20000.00", "20000.00"]}],
             "createdBy": "admin", "createdAt": "2026-01-05T09:00:00Z", "updatedAt": "2026-01-05T09:00:00Z", "version": 0}""";

    static final String ACTUAL_REQUEST = """
            {"month": "2026-03", "amount": "21500.00", "note": "3月达人合作结算"}""";

    static final String VARIANCE = """
            {"budgetId": "5d1e2f3a-4b5c-4d6e-8f70-1a2b3c4d5e6f", "threshold": "0.0500",
             "rows": [{"lineId": "0b6c5d1e-8a3f-4e2b-9c7d-1f2e3a4b5c6d", "lineName": "达人合作与内容制作",
               "category": "CONTENT", "month": "2026-03", "planned": "20000.00", "actual": "21500.00",
               "variance": "1500.00", "varianceRate": "0.0750", "flagged": true}]}""";

    static final String SPEND_REQUEST_CREATE = """
            {"lineId": "0b6c5d1e-8a3f-4e2b-9c7d-1f2e3a4b5c6d", "amount": "12000.00", "purpose": "双11 达人直播坑位费"}""";

    static final String SPEND_REQUEST = """
            {"id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "lineId": "0b6c5d1e-8a3f-4e2b-9c7d-1f2e3a4b5c6d",
             "amount": "12000.00", "purpose": "双11 达人直播坑位费", "requestedBy": "operator", "levelsRequired": 2,
             "currentLevel": 1, "awaitingRoles": ["operator", "admin"], "status": "PENDING", "decisions": [],
             "closedAt": null, "createdAt": "2026-10-20T09:00:00Z", "updatedAt": "2026-10-20T09:00:00Z", "version": 0}""";

    static final String SPEND_DECISION = """
            {"level": 1, "decision": "APPROVE", "comment": "ROI 预估合理，同意"}""";

    static final String OVER_BUDGET = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Over budget: the line 达人合作与内容制作 has 3000.00 available, less than the 12000.00 requested",
             "instance": "/api/spend-requests"}""";

    static final String OUT_OF_ORDER = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "The request awaits the decision of level 1 of 2, not of level 2",
             "instance": "/api/spend-requests/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b/decisions"}""";

    // coupons

    static final String COUPON_MINIMAL = """
            {"code": "NEWFAN20", "limit": 500}""";

    static final String COUPON_FISSION = """
            {"code": "SHARE10", "type": "FISSION", "limit": 100, "shareBonus": 2, "maxLimit": 300,
             "title": "分享解锁 满50减10", "discount": "10.00", "minSpend": "50.00"}""";

    static final String COUPON = """
            {"id": "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f", "code": "SHARE10", "type": "FISSION", "title": "分享解锁 满50减10",
             "discount": "10.00", "minSpend": "50.00", "limit": 100, "effectiveLimit": 104, "maxLimit": 300,
             "shareBonus": 2, "perUserLimit": 1, "validFrom": null, "validUntil": null, "redeemed": 37, "remaining": 67,
             "campaignId": null, "createdAt": "2026-11-01T02:00:00Z", "version": 0}""";

    static final String USER_REF = """
            {"userRef": "u_8f2c91"}""";

    static final String COUPON_USED_UP = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "The coupon NEWFAN20 is used up: all 500 redemptions are taken",
             "instance": "/api/coupons/3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f/redemptions"}""";

    // campaigns, fan club, boosts, live sessions

    static final String CAMPAIGN_REQUEST = """
            {"name": "双11 咖啡节", "objective": "CONVERSION", "description": "新品冷萃上市，达人种草 + 直播转化",
             "startsAt": "2026-11-01T00:00:00+08:00", "endsAt": "2026-11-12T00:00:00+08:00",
             "channels": ["SHORT_VIDEO", "LIVE_STREAM", "DOU_PLUS"],
             "partnerIds": ["7a9c4e2f-1b3d-4c5e-8f60-2d4b6a8c0e13"],
             "budgetLineId": "0b6c5d1e-8a3f-4e2b-9c7d-1f2e3a4b5c6d",
             "evaluationWeights": {"audienceOverlap": 0.25, "engagementRate": 0.15, "conversionAbility": 0.30,
               "contentFit": 0.15, "costEfficiency": 0.10, "reliability": 0.05}}""";

    static final String CAMPAIGN = """
            {"id": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "name": "双11 咖啡节", "objective": "CONVERSION",
             "description": "新品冷萃上市，达人种草 + 直播转化", "startsAt": "2026-10-31T16:00:00Z",
             "endsAt": "2026-11-11T16:00:00Z", "channels": ["SHORT_VIDEO", "LIVE_STREAM", "DOU_PLUS"],
             "partnerIds": ["7a9c4e2f-1b3d-4c5e-8f60-2d4b6a8c0e13"], "budgetLineId": "0b6c5d1e-8a3f-4e2b-9c7d-1f2e3a4b5c6d",
             "status": "DRAFT", "evaluationWeights": {"audienceOverlap": 0.25, "engagementRate": 0.15,
               "conversionAbility": 0.3, "contentFit": 0.15, "costEfficiency": 0.1, "reliability": 0.05},
             "createdAt": "2026-10-20T09:00:00Z", "updatedAt": "2026-10-20T09:00:00Z", "version": 0}""";

    static final String CAMPAIGN_TRANSITION = """
            {"status": "ACTIVE"}""";

    static final String FAN_CLUB_TIERS = """
            {"items": [
              {"level": 1, "name": "铁粉", "threshold": 0, "benefits": ["粉丝团专属徽章", "直播间专属弹幕颜色"],
               "updatedAt": "2026-11-01T00:00:00Z", "version": 0},
              {"level": 2, "name": "钻粉", "threshold": 1000, "benefits": ["粉丝团专属徽章", "每月一张满100减20券", "新品优先试用报名"],
               "updatedAt": "2026-11-01T00:00:00Z", "version": 0},
              {"level": 3, "name": "挚爱粉", "threshold": 5000, "benefits": ["粉丝团专属徽章", "每月一张满100减40券", "品牌线下活动邀请", "专属客服"],
               "updatedAt": "2026-11-01T00:00:00Z", "version": 0}],
             "page": 0, "size": 100, "total": 3}""";

    static final String FAN_CLUB_TIER_REQUEST = """
            {"name": "钻粉", "threshold": 1200, "benefits": ["粉丝团专属徽章", "每月一张满100减20券"]}""";

    static final String BOOST_REQUEST = """
            {"campaignId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "videoRef": "7301234567890123456", "spend": "500.00",
             "bidStrategy": "SMART", "timeSlot": "EVENING", "gmv": "1850.00", "startedAt": "2026-11-03T19:00:00+08:00"}""";

    static final String BOOST = """
            {"id": "2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b", "campaignId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
             "videoRef": "7301234567890123456", "spend": "500.00", "bidStrategy": "SMART", "timeSlot": "EVENING",
             "gmv": "1850.00", "roi": "3.7000", "startedAt": "2026-11-03T11:00:00Z", "createdAt": "2026-11-03T11:05:00Z",
             "version": 0}""";

    static final String BOOST_COMPARISON = """
            {"campaignId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
             "total": {"bidStrategy": null, "timeSlot": null, "boosts": 3, "spend": "1300.00", "gmv": "3650.00", "roi": "2.8077"},
             "byBidStrategy": [{"bidStrategy": "SMART", "timeSlot": null, "boosts": 2, "spend": "800.00", "gmv": "2650.00", "roi": "3.3125"},
               {"bidStrategy": "LOOKALIKE_CREATORS", "timeSlot": null, "boosts": 1, "spend": "500.00", "gmv": "1000.00", "roi": "2.0000"}],
             "byTimeSlot": [{"bidStrategy": null, "timeSlot": "EVENING", "boosts": 3, "spend": "1300.00", "gmv": "3650.00", "roi": "2.8077"}],
             "byBidStrategyAndTimeSlot": []}""";

    static final String LIVE_SESSION_REQUEST = """
            {"title": "品牌自播·周二咖啡课", "startsAt": "2026-11-03T20:00:00+08:00", "plannedMinutes": 120,
             "hosts": ["主播小鹿", "咖啡师阿晨"], "couponIds": ["3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f"]}""";

    static final String LIVE_PLAN_REQUEST = """
            {"title": "品牌自播", "firstDay": "2026-11-02", "weeks": 4, "days": ["TUESDAY", "FRIDAY"],
             "startTime": "20:00", "offset": "+08:00", "plannedMinutes": 120, "hosts": ["主播小鹿"]}""";

    static final String LIVE_RESULTS = """
            {"viewers": 48200, "peakViewers": 3100, "gmv": "86500.00", "orders": 1320, "durationMinutes": 135}""";

    private Examples() {
    }
}

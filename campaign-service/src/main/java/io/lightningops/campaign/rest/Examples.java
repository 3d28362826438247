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

    private Examples() {
    }
}

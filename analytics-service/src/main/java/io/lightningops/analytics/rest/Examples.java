package io.lightningops.analytics.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class Examples {

    static final String SNAPSHOT = """
            {"videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "capturedAt": "2026-11-26T12:00:00Z", "plays": 128000, "likes": 9600, "comments": 430, "shares": 1200,
             "favorites": 2100, "completionRate": 0.4200, "avgWatchSeconds": 17.50, "newFollowers": 310}""";

    static final String SNAPSHOT_BATCH = """
            [{"videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
              "capturedAt": "2026-11-26T12:00:00+08:00", "plays": 128000, "likes": 9600, "comments": 430, "shares": 1200,
              "favorites": 2100, "completionRate": 0.4200, "avgWatchSeconds": 17.50, "newFollowers": 310},
             {"videoId": "7a9e0c1d-2b3f-4c5d-8e6f-9a0b1c2d3e4f", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
              "capturedAt": "2026-11-26T12:00:00+08:00", "plays": -5, "likes": 10, "comments": 0, "shares": 0}]""";

    static final String BATCH_RESULT = """
            {"accepted": 1, "rejected": [{"index": 1, "reason": "plays: must be greater than or equal to 0"}]}""";

    static final String IMPORT_CSV = """
            id,claim_status,video_id,video_duration_sec,video_transcription_text,verified_status,author_ban_status,\
            video_view_count,video_like_count,video_share_count,video_download_count,video_comment_count
            1,claim,7017666017,59,someone shared with me that drone deliveries are already happening,not verified,\
            under review,343296,19425,241,1,0
            19085,,4380513697,39,,not verified,active,,,,,
            """;

    static final String IMPORT_RESULT = """
            {"accepted": 1, "rejected": [{"index": 1, "line": 3,
              "reason": "video_view_count: is blank; video_like_count: is blank; video_comment_count: is blank; \
            video_share_count: is blank; video_download_count: is blank"}]}""";

    static final String ACCOUNT_BATCH = """
            [{"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "date": "2026-11-25", "followers": 182300,
              "profileVisits": 5400}]""";

    static final String ACCOUNT_SNAPSHOT = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "date": "2026-11-25", "followers": 182300,
             "profileVisits": 5400}""";

    static final String LIVE_BATCH = """
            [{"sessionId": "live-20261125-01", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
              "startedAt": "2026-11-25T20:00:00+08:00", "durationSeconds": 7200, "viewers": 48000, "peakViewers": 3100,
              "gmv": "128800.50", "orders": 960, "newFollowers": 1200}]""";

    static final String LIVE_SESSION = """
            {"sessionId": "live-20261125-01", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "startedAt": "2026-11-25T12:00:00Z", "durationSeconds": 7200, "viewers": 48000, "peakViewers": 3100,
             "gmv": "128800.50", "orders": 960, "newFollowers": 1200}""";

    static final String KPIS = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "from": "2026-11-01", "to": "2026-11-30", "days": 30,
             "videos": 24, "plays": 2400000, "likes": 180000, "comments": 9600, "shares": 12000, "favorites": 21000,
             "newFollowers": 31250, "avgPlaysPerVideo": 100000.00, "completionRate": 0.612000, "avgWatchSeconds": 17.50,
             "likeRate": 0.075000, "commentRate": 0.004000, "shareRate": 0.005000, "favoriteRate": 0.008750,
             "engagementRate": 0.084000, "followers": 182300, "followerGrowth": 30100, "followerGrowthRate": 0.197900,
             "profileVisits": 54000, "liveSessions": 8, "liveViewers": 384000, "livePeakViewers": 5100,
             "liveGmv": "1030400.00", "liveOrders": 7680, "goals": [
               {"goal": "FOLLOWERS", "target": 50000, "actual": 30100, "progress": 0.602000, "met": false},
               {"goal": "AVG_PLAYS_PER_VIDEO", "target": 100000, "actual": 100000.00, "progress": 1.000000, "met": true},
               {"goal": "COMPLETION_RATE", "target": 0.60, "actual": 0.612000, "progress": 1.020000, "met": true}]}""";

    static final String ALERT = """
            {"id": "a1f2c3d4-0000-4000-8000-000000000001", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "type": "PLAYS_DROP", "severity": "ALERT", "date": "2026-11-25", "observed": 52000, "baseline": 100000,
             "threshold": 0.2000, "message": "2026-11-25 日播放量 52000，较前7日均值 100000.00 下降 48.0%（阈值 20.0%）",
             "detectedAt": "2026-11-26T00:00:05Z", "acknowledgedAt": null, "acknowledgedBy": null, "acknowledgeNote": null,
             "delivery": {"status": "DELIVERED", "attempts": 1, "lastError": null, "deliveredAt": "2026-11-26T00:00:07Z",
                          "incidentId": "3f2b8c1d-6a4e-4f0b-9d2c-7e5a1b3c9d20"}, "version": 1}""";

    static final String EVENT_BATCH = """
            [{"eventId": "fol-20261125-000412", "type": "FOLLOW", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
              "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "userRef": "u-7f3a9c",
              "occurredAt": "2026-11-25T20:14:00+08:00"},
             {"eventId": "ord-20261126-000981", "type": "ORDER", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
              "userRef": "u-7f3a9c", "occurredAt": "2026-11-26T10:02:00+08:00", "amount": "199.00"},
             {"eventId": "ord-20261126-000982", "type": "ORDER", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
              "userRef": "u-2d81e0", "occurredAt": "2026-11-26T10:05:00+08:00"}]""";

    static final String EVENT_RESULT = """
            {"accepted": 2, "rejected": [{"index": 2, "reason": "amount: must be given for an ORDER"}]}""";

    static final String FUNNEL = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "from": "2026-11-01", "to": "2026-11-30",
             "steps": [{"step": "PLAYS", "count": 1300000, "fromPrevious": null, "fromTop": 1},
                       {"step": "LIKES", "count": 96000, "fromPrevious": 0.073846, "fromTop": 0.073846},
                       {"step": "FOLLOWS", "count": 3120, "fromPrevious": 0.0325, "fromTop": 0.0024},
                       {"step": "ORDERS", "count": 412, "fromPrevious": 0.132051, "fromTop": 0.000317}],
             "followers": 2960, "buyers": 388, "revenue": "80310.00"}""";

    static final String COHORTS = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "from": "2026-11-01", "to": "2026-11-30", "ltvDays": 30,
             "cohorts": [{"day": "2026-11-03", "users": 120, "day1Active": 42, "day1Retention": 0.35, "day7Active": 18,
                          "day7Retention": 0.15, "revenue": "5380.00", "ltv": "44.83", "ltvFinal": false},
                         {"day": "2026-11-25", "users": 64, "day1Active": 20, "day1Retention": 0.3125, "day7Active": 0,
                          "day7Retention": null, "revenue": "398.00", "ltv": "6.22", "ltvFinal": false}]}""";

    static final String BENCHMARK_REQUEST = """
            {"name": "某国货美妆旗舰店", "douyinId": "guohuo_beauty", "notes": "Same price band; strong live commerce"}""";

    static final String BENCHMARK = """
            {"id": "9a1f3c2e-5b7d-4e8f-a0b1-c2d3e4f5a6b7", "name": "某国货美妆旗舰店", "douyinId": "guohuo_beauty",
             "notes": "Same price band; strong live commerce", "createdAt": "2026-11-20T02:00:00Z",
             "updatedAt": "2026-11-20T02:00:00Z", "version": 0}""";

    static final String BENCHMARK_SNAPSHOTS = """
            [{"date": "2026-11-24", "followers": 1280000, "totalLikes": 23800000, "videos": 810},
             {"date": "2026-11-25", "followers": -1, "totalLikes": 23900000, "videos": 812}]""";

    static final String BENCHMARK_SNAPSHOTS_RESULT = """
            {"accepted": 1, "rejected": [{"index": 1, "reason": "followers: must be greater than or equal to 0"}]}""";

    static final String BENCHMARK_SNAPSHOT_PAGE = """
            {"items": [{"date": "2026-11-25", "followers": 1284000, "totalLikes": 23900000, "videos": 812}],
             "page": 0, "size": 20, "total": 1}""";

    static final String BENCHMARK_COMPARISON = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "from": "2026-11-01", "to": "2026-11-30",
             "ours": {"followers": 182300, "followerGrowth": 12300, "followerGrowthRate": 0.072353, "plays": 2400000,
                      "likes": 180000, "videos": 24},
             "competitors": [{"benchmarkId": "9a1f3c2e-5b7d-4e8f-a0b1-c2d3e4f5a6b7", "name": "某国货美妆旗舰店",
                              "douyinId": "guohuo_beauty", "followersStart": 1200000, "followersEnd": 1284000,
                              "followerGrowth": 84000, "followerGrowthRate": 0.07, "likesGrowth": 1900000,
                              "videosGrowth": 31, "followerGrowthRateGap": -0.002353}]}""";

    static final String AUDIENCE_REQUEST = """
            {"date": "2026-11-25", "unit": "SHARE",
             "ageBands": {"18-23": 0.31, "24-30": 0.42, "31-40": 0.19, "41+": 0.08},
             "genders": {"female": 0.78, "male": 0.22},
             "regions": {"广东": 0.18, "浙江": 0.12, "江苏": 0.10, "其他": 0.60},
             "interests": {"美妆": 0.55, "穿搭": 0.30, "母婴": 0.15}}""";

    static final String AUDIENCE = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "date": "2026-11-25", "unit": "SHARE",
             "ageBands": {"18-23": 0.31, "24-30": 0.42, "31-40": 0.19, "41+": 0.08},
             "genders": {"female": 0.78, "male": 0.22},
             "regions": {"广东": 0.18, "浙江": 0.12, "江苏": 0.10, "其他": 0.60},
             "interests": {"美妆": 0.55, "穿搭": 0.30, "母婴": 0.15}, "ingestedAt": "2026-11-26T01:00:00Z"}""";

    static final String AUDIENCE_INVALID = """
            {"type": "https://lightning-ops.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "genders: shares must sum to 1 (within 0.01), not 0.9",
             "violations": [{"field": "genders", "message": "shares must sum to 1 (within 0.01), not 0.9"}]}""";

    private Examples() {
    }
}

package io.lightningops.risk.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class Examples {

    static final String RISK_REQUEST = """
            {"title": "达人视频使用“最佳”“第一”等广告法绝对化用语",
             "description": "合作达人脚本未经合规审核即发布，可能被平台限流或处罚。", "category": "COMPLIANCE",
             "likelihood": 4, "impact": 4, "responseDifficulty": 4, "owner": "合规组·王敏"}""";

    static final String RISK_UPDATE = """
            {"title": "达人视频使用“最佳”“第一”等广告法绝对化用语",
             "description": "所有达人脚本已纳入合规自检，残余风险降低。", "category": "COMPLIANCE",
             "likelihood": 2, "impact": 4, "responseDifficulty": 3, "owner": "合规组·王敏", "status": "MITIGATING"}""";

    static final String RISK = """
            {"id": "3f2b8c1d-6a4e-4f0b-9d2c-7e5a1b3c9d20", "title": "达人视频使用“最佳”“第一”等广告法绝对化用语",
             "description": "合作达人脚本未经合规审核即发布，可能被平台限流或处罚。", "category": "COMPLIANCE",
             "likelihood": 4, "impact": 4, "responseDifficulty": 4, "score": 64, "tier": "MAJOR", "owner": "合规组·王敏",
             "status": "OPEN", "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T09:00:00Z", "version": 0}""";


    // ---- Lexicon and scans (branch risk-scan)

    static final String TERM_REQUEST = """
            {"term": "全网最低价", "category": "AD_LAW", "severity": "BLOCK", "suggestion": "改为“优惠价”“到手价 XX 元”"}""";

    static final String TERM = """
            {"id": "5b7c1e2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d", "term": "全网最低价", "normalized": "全网最低价",
             "category": "AD_LAW", "severity": "BLOCK", "suggestion": "改为“优惠价”“到手价 XX 元”",
             "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T09:00:00Z", "version": 0}""";

    static final String EXEMPTION_REQUEST = """
            {"phrase": "最新款", "note": "如实表明款式的时间先后"}""";

    static final String EXEMPTION = """
            {"id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "phrase": "最新款", "normalized": "最新款",
             "note": "如实表明款式的时间先后", "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T09:00:00Z",
             "version": 0}""";

    static final String IMPORT_TEXT = """
            秒杀全网
            全网最低价

            全网最低价
            """;

    static final String IMPORT_JSON = """
            [{"term": "秒杀全网", "category": "AD_LAW", "severity": "BLOCK", "suggestion": "改为“限时优惠”"},
             {"term": "爆款之王", "category": "PROMO", "severity": "REVIEW", "suggestion": null}]""";

    static final String IMPORT_RESULT = """
            {"imported": 2, "rejected": [{"line": 3, "reason": "empty"}, {"line": 4, "reason": "duplicate of line 2"}]}""";

    static final String SCAN_REQUEST = """
            {"text": "全网最低价！本店咖啡是國家級品质，最近上新第二件半价"}""";

    static final String SCAN_RESULT = """
            {"verdict": "BLOCK", "findings": [
              {"term": "全网最低", "category": "AD_LAW", "severity": "BLOCK", "start": 0, "end": 4,
               "suggestion": "改为“限时优惠”“到手价 XX 元”"},
              {"term": "最低价", "category": "AD_LAW", "severity": "BLOCK", "start": 2, "end": 5,
               "suggestion": "改为“优惠价”“到手价 XX 元”"},
              {"term": "国家级", "category": "AD_LAW", "severity": "BLOCK", "start": 11, "end": 14,
               "suggestion": "删去，或如实写明资质全称与编号"}]}""";

    static final String BATCH_SCAN_REQUEST = """
            {"texts": ["最 佳 拍档：闪电咖啡", "最近上新，第二件半价"]}""";

    static final String BATCH_SCAN_RESULT = """
            {"results": [
              {"verdict": "BLOCK", "findings": [{"term": "最佳", "category": "AD_LAW", "severity": "BLOCK", "start": 0,
                "end": 3, "suggestion": "改为“优选”“值得一试”，或给出可证实的对比数据"}]},
              {"verdict": "PASS", "findings": []}]}""";

    // ---- risk-ops branch (reviews, risk history, incidents, comments, anomalies) ----

    static final String REVIEW_REQUEST = """
            {"contentType": "VIDEO", "contentRef": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f",
             "title": "全网最佳的冷萃咖啡", "text": "3秒钩子：这是全网最佳的冷萃……",
             "findings": [{"term": "最佳", "category": "AD_LAW", "severity": "REVIEW", "start": 2, "end": 4,
                           "suggestion": "改为“优质”"}]}""";

    static final String REVIEW_OPENED = """
            {"id": "7a3d9c2e-1b4f-4e6a-8c5d-2f1e0a9b8c7d", "contentType": "VIDEO",
             "contentRef": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "title": "全网最佳的冷萃咖啡",
             "text": "3秒钩子：这是全网最佳的冷萃……",
             "findings": [{"term": "最佳", "category": "AD_LAW", "severity": "REVIEW", "start": 2, "end": 4,
                           "suggestion": "改为“优质”"}],
             "status": "OPEN", "level": "SELF_CHECK", "finalLevel": "LEGAL", "openedBy": "operator", "decisions": [],
             "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T09:00:00Z", "closedAt": null, "version": 0}""";

    static final String REVIEW_DECISION = """
            {"level": "COMPLIANCE", "decision": "APPROVE", "reason": "“最佳”已改为“优质”，符合广告法"}""";

    static final String REVIEW_APPROVED = """
            {"id": "7a3d9c2e-1b4f-4e6a-8c5d-2f1e0a9b8c7d", "contentType": "VIDEO",
             "contentRef": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "title": "全网优质的冷萃咖啡", "text": "……",
             "findings": [], "status": "APPROVED", "level": null, "finalLevel": "LEGAL", "openedBy": "operator",
             "decisions": [
               {"level": "SELF_CHECK", "decision": "APPROVE", "reason": "已改为“优质”", "decidedBy": "operator",
                "decidedAt": "2026-11-26T09:10:00Z"},
               {"level": "COMPLIANCE", "decision": "APPROVE", "reason": "符合广告法", "decidedBy": "compliance",
                "decidedAt": "2026-11-26T10:00:00Z"},
               {"level": "LEGAL", "decision": "APPROVE", "reason": "无法律风险", "decidedBy": "admin",
                "decidedAt": "2026-11-26T11:00:00Z"}],
             "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T11:00:00Z",
             "closedAt": "2026-11-26T11:00:00Z", "version": 3}""";

    static final String RISK_HISTORY = """
            {"items": [
              {"version": 0, "action": "CREATED", "changedBy": "compliance", "changedAt": "2026-11-26T09:00:00Z",
               "changes": [{"field": "title", "from": null, "to": "达人视频使用绝对化用语"},
                           {"field": "score", "from": null, "to": "64"}, {"field": "tier", "from": null, "to": "MAJOR"},
                           {"field": "owner", "from": null, "to": "合规组·王敏"}, {"field": "status", "from": null, "to": "OPEN"}]},
              {"version": 1, "action": "UPDATED", "changedBy": "compliance", "changedAt": "2026-11-27T10:00:00Z",
               "changes": [{"field": "likelihood", "from": "4", "to": "2"}, {"field": "score", "from": "64", "to": "24"},
                           {"field": "tier", "from": "MAJOR", "to": "GENERAL"}, {"field": "status", "from": "OPEN", "to": "MITIGATING"}]}],
             "page": 0, "size": 20, "total": 2}""";

    static final String INCIDENT_REQUEST = """
            {"type": "CONTENT_VIOLATION", "tier": "IMPORTANT", "title": "主账号视频被平台判定违规下架",
             "description": "视频含未经授权的背景音乐", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f"}""";

    static final String INCIDENT = """
            {"id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "type": "CONTENT_VIOLATION", "tier": "IMPORTANT",
             "status": "ACKNOWLEDGED", "source": "MANUAL", "title": "主账号视频被平台判定违规下架",
             "description": "视频含未经授权的背景音乐", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "alert": null, "openedBy": "compliance",
             "openedAt": "2026-11-26T09:00:00Z", "acknowledgeBy": "2026-11-26T09:30:00Z",
             "handleBy": "2026-11-28T09:00:00Z", "repairBy": "2026-12-03T09:00:00Z",
             "acknowledgedAt": "2026-11-26T09:12:00Z", "handledAt": null, "repairedAt": null, "closedAt": null,
             "overdue": false, "overdueDeadlines": [], "escalationLevel": 2,
             "steps": [{"step": "TAKE_DOWN", "done": true, "doneBy": "compliance", "doneAt": "2026-11-26T09:20:00Z",
                        "note": "视频已下架"},
                       {"step": "EDIT", "done": false, "doneBy": null, "doneAt": null, "note": null},
                       {"step": "COMPENSATE", "done": false, "doneBy": null, "doneAt": null, "note": null}],
             "transitions": [{"from": null, "to": "OPEN", "by": "compliance", "at": "2026-11-26T09:00:00Z", "note": null},
                             {"from": "OPEN", "to": "ACKNOWLEDGED", "by": "compliance", "at": "2026-11-26T09:12:00Z",
                              "note": "值班合规已响应"}],
             "createdAt": "2026-11-26T09:00:00Z", "updatedAt": "2026-11-26T09:20:00Z", "version": 2}""";

    static final String ALERT_REQUEST = """
            {"alertId": "a1f2c3d4-0000-4000-8000-000000000001", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "type": "PLAYS_DROP", "observed": 52000,
             "baseline": 100000, "detectedAt": "2026-11-26T08:55:00+08:00", "message": "播放量较7日基线下降48%"}""";

    static final String INCIDENT_TRANSITION = """
            {"status": "ACKNOWLEDGED", "note": "值班合规已响应，正在核实"}""";

    static final String COMMENT_BATCH = """
            {"videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "comments": [
               {"commentId": "7301234567890123456", "text": "买了两次都是假货，骗子！", "postedAt": "2026-11-26T20:05:00+08:00",
                "authorRef": "u-88321"},
               {"commentId": "7301234567890123457", "text": "冷萃真的好喝", "postedAt": "2026-11-26T20:06:10+08:00"}]}""";

    static final String COMMENT_BATCH_RESULT = """
            {"accepted": 2, "duplicates": 0, "negative": 1, "spikes": [
              {"bucketStart": "2026-11-26T12:00:00Z", "bucketEnd": "2026-11-26T13:00:00Z", "comments": 20, "negative": 12,
               "negativeRatio": 0.6000, "baselineRatio": 0.0500, "incidentId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
               "incidentRaised": true}]}""";

    static final String ANOMALY_REPORT = """
            {"accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10", "from": "2026-11-19T00:00:00Z",
             "to": "2026-11-26T00:00:00Z", "snapshotsExamined": 168, "truncated": false, "flags": [
              {"rule": "LIKES_WITHOUT_PLAYS", "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f",
               "from": "2026-11-24T02:00:00Z", "to": "2026-11-24T03:00:00Z",
               "evidence": {"playsGained": 1200, "likesGained": 5400, "likesPerPlay": 4.5, "maxLikesPerPlay": 0.30}},
              {"rule": "FOLLOWERS_WITHOUT_PLAYS", "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f",
               "from": "2026-11-25T01:00:00Z", "to": "2026-11-25T02:00:00Z",
               "evidence": {"playsGained": 0, "followersGained": 800, "followersPerPlay": null, "maxFollowersPerPlay": 0.05}},
              {"rule": "IDENTICAL_COMMENT_BURST", "videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f",
               "from": "2026-11-25T12:00:00Z", "to": "2026-11-25T12:04:00Z",
               "evidence": {"text": "太好喝了！必须买！", "count": 40, "window": "PT10M", "minCount": 5}}]}""";

    private Examples() {
    }
}

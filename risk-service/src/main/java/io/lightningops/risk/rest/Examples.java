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

    private Examples() {
    }
}

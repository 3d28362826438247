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


    private Examples() {
    }
}

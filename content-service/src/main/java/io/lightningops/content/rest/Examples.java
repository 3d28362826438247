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
             "status": "DRAFT", "createdAt": "2026-11-26T09:05:00Z", "updatedAt": "2026-11-26T09:05:00Z", "version": 0}""";


    static final String CONFLICT = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Another account already has the Douyin id lightning_coffee", "instance": "/api/accounts"}""";

    private Examples() {
    }
}

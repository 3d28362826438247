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


    static final String CONFLICT = """
            {"type": "https://lightning-ops.dev/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Another partner already has the agency alpha", "instance": "/api/partners"}""";

    private Examples() {
    }
}

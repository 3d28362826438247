package io.lightningops.analytics.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class Examples {

    static final String SNAPSHOT = """
            {"videoId": "5d1c2b7e-8f3a-4e2b-9c7d-1a2b3c4d5e6f", "accountId": "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10",
             "capturedAt": "2026-11-26T12:00:00Z", "plays": 128000, "likes": 9600, "comments": 430, "shares": 1200,
             "favorites": 2100, "completionRate": 0.4200, "avgWatchSeconds": 17.50, "newFollowers": 310}""";


    private Examples() {
    }
}

package io.lightningops.content.rest;

import static io.lightningops.content.rest.Callers.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The configured limits of the catalogue. Its own profile restarts the service on an empty database, so the
 * asset refresh here sees only the assets this class creates.
 */
@QuarkusTest
@TestProfile(CatalogLimitsTest.SmallLimits.class)
class CatalogLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lightning.matrix.max-sub-accounts", "2",
                    "lightning.ugc.max-picks-per-week", "2",
                    "lightning.topics.max-import-rows", "3",
                    "lightning.assets.refresh-share", "0.30");
        }
    }

    private static void use(String assetId, int times) {
        for (int i = 0; i < times; i++) {
            as("operator").post("/api/assets/" + assetId + "/uses").then().statusCode(200);
        }
    }

    @Test
    void theRefreshProposesTheStalestThirtyPercentAndRetiresOnlyThoseUnchanged() {
        String usedOnceEarly = AssetResourceTest.asset("used once, early", "TUTORIAL");
        String neverUsedOld = AssetResourceTest.asset("never used, old", "UNBOXING");
        String usedOften = AssetResourceTest.asset("used often", "REVIEW");
        String neverUsedNew = AssetResourceTest.asset("never used, new", "FESTIVAL");
        String usedOnceLate = AssetResourceTest.asset("used once, late", "LIFESTYLE");
        String[] twice = new String[5];
        for (int i = 0; i < twice.length; i++) {
            twice[i] = AssetResourceTest.asset("used twice " + i, "LIVE_CLIP");
        }
        use(usedOnceEarly, 1);
        use(usedOften, 3);
        use(usedOnceLate, 1);
        for (String id : twice) {
            use(id, 2);
        }

        // 10 ACTIVE assets x 0.30 = 3: least used first, never used before used (oldest first), then longest unused
        String proposal = as("operator").post("/api/assets/refresh-proposals").then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("activeAssets", equalTo(10))
                .body("assets.assetId", contains(neverUsedOld, neverUsedNew, usedOnceEarly))
                .extract().path("id");
        as("analyst").get("/api/assets").then().body("items.findAll { it.status == 'RETIRED' }.size()", equalTo(0));

        // a use after the proposal keeps that asset
        use(neverUsedNew, 1);
        as("operator").post("/api/assets/refresh-proposals/" + proposal + "/apply").then().statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("appliedBy", equalTo("operator"))
                .body("assets.outcome", contains("RETIRED", "CHANGED", "RETIRED"));
        as("analyst").get("/api/assets/" + neverUsedOld).then().body("status", equalTo("RETIRED"));
        as("analyst").get("/api/assets/" + neverUsedNew).then().body("status", equalTo("ACTIVE"));
        as("analyst").get("/api/assets/" + usedOnceLate).then().body("status", equalTo("ACTIVE"));

        as("operator").post("/api/assets/refresh-proposals/" + proposal + "/apply").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already applied"));
        as("operator").post("/api/assets/" + neverUsedOld + "/uses").then().statusCode(409);
        as("analyst").queryParam("status", "ACTIVE").queryParam("sort", "stalest").get("/api/assets").then()
                .body("total", equalTo(8))
                .body("items[0].id", equalTo(usedOnceLate));
    }

    @Test
    void aMainAccountTakesNoMoreSubAccountsThanConfigured() {
        String main = Callers.mainAccount();
        String body = "{\"name\": \"子号\", \"tier\": \"SUB\", \"mainAccountId\": \"" + main + "\", \"douyinId\": \"";
        as("operator").body(body + AccountResourceTest.uniqueDouyinId() + "\"}").post("/api/accounts").then().statusCode(201);
        as("operator").body(body + AccountResourceTest.uniqueDouyinId() + "\"}").post("/api/accounts").then().statusCode(201);
        as("operator").body(body + AccountResourceTest.uniqueDouyinId() + "\"}").post("/api/accounts").then().statusCode(409)
                .body("detail", containsString("already has 2 SUB accounts"));
        as("analyst").get("/api/accounts/" + main + "/matrix").then().body("remaining", equalTo(0));
    }

    @Test
    void aWeekTakesNoMorePicksThanConfigured() {
        String a = UgcResourceTest.submission("@a");
        String b = UgcResourceTest.submission("@b");
        String c = UgcResourceTest.submission("@c");
        as("operator").body("{\"week\": \"2026-W30\", \"submissionIds\": [\"" + a + "\", \"" + b + "\"]}")
                .post("/api/ugc/picks").then().statusCode(201);
        as("operator").body("{\"week\": \"2026-W30\", \"submissionIds\": [\"" + c + "\"]}")
                .post("/api/ugc/picks").then().statusCode(409).body("detail", containsString("2026-W30 has 2 picks"));
    }

    @Test
    void anImportLongerThanConfiguredIsRefusedWhole() {
        as("operator").queryParam("month", "2026-12").body("[{}, {}, {}, {}]").post("/api/topics/import")
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
    }
}

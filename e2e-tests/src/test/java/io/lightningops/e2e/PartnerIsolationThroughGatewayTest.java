package io.lightningops.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The MCN partner API through the gateway with the dev realm's real mcn-alpha and mcn-beta tokens: each agency sees
 * its own partnerships, deliverables, Xingtu tasks and webhooks, gets 404 for the other's (never a hint that they
 * exist), and 403 for the brand's internal resources.
 */
class PartnerIsolationThroughGatewayTest {

    /** An agency's world: its MCN, an IN_FORCE partnership with a deliverable and a Xingtu task, and a webhook. */
    record Tenant(String mcnId, String partnershipId, String deliverableId, String taskId, String webhookId) {
    }

    private static Tenant alpha;
    private static Tenant beta;

    @BeforeAll
    static void twoAgencies() {
        alpha = tenant("alpha");
        beta = tenant("beta");
    }

    static String mcn(String agency) {
        List<String> ids = Suite.as("operator").queryParam("agency", agency).get("/api/partners")
                .then().statusCode(200).extract().path("items.id");
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("name", "MCN " + agency, "type", "MCN", "agency", agency))
                .post("/api/partners").then().statusCode(201).extract().path("id");
    }

    static Tenant tenant(String agency) {
        String mcn = mcn(agency);
        String partnership = Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("partnerId", mcn, "title", agency + " e2e " + UUID.randomUUID()))
                .post("/api/partnerships").then().statusCode(201).body("agency", equalTo(agency)).extract().path("id");
        String deliverable = Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("kind", "VIDEO", "title", "开箱", "dueAt", "2030-12-05T20:00:00+08:00", "price", "6000.00"))
                .post("/api/partnerships/" + partnership + "/deliverables").then().statusCode(201).extract().path("id");
        for (String status : new String[] {"LEGAL_REVIEW", "SIGNED", "IN_FORCE"}) {
            Suite.as("operator").contentType(ContentType.JSON).body(Map.of("status", status))
                    .post("/api/partnerships/" + partnership + "/transitions").then().statusCode(200);
        }
        String task = Suite.as("operator").contentType(ContentType.JSON)
                .body(Map.of("xingtuOrderId", "XT" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                        "priceModel", "FIXED_PER_VIDEO", "unitPrice", "6000.00", "plannedUnits", 1))
                .post("/api/partnerships/" + partnership + "/xingtu-tasks").then().statusCode(201).extract().path("id");
        String webhook = Suite.asAgency(agency).contentType(ContentType.JSON)
                .body(Map.of("url", "https://93.184.216.34/hooks/" + agency,
                        "eventTypes", List.of("deliverable.reviewed")))
                .post("/api/webhooks").then().statusCode(201).extract().path("id");
        return new Tenant(mcn, partnership, deliverable, task, webhook);
    }

    @Test
    void eachAgencyListsAndReadsOnlyItsOwn() {
        check("alpha", alpha, beta);
        check("beta", beta, alpha);
    }

    private static void check(String agency, Tenant own, Tenant other) {
        List<Map<String, Object>> partnerships = all(agency, "/api/partnerships");
        assertThat(partnerships.stream().map(p -> p.get("agency")).toList(), everyItem(equalTo(agency)));
        assertThat(partnerships.stream().map(p -> p.get("id")).toList(), hasItem(own.partnershipId()));
        assertThat(partnerships.stream().map(p -> p.get("id")).toList(), not(hasItem(other.partnershipId())));
        String base = "/api/partnerships/" + own.partnershipId();
        Suite.asAgency(agency).get(base).then().statusCode(200);
        Suite.asAgency(agency).get(base + "/deliverables").then().statusCode(200).body("total", equalTo(1));
        Suite.asAgency(agency).get(base + "/deliverables/" + own.deliverableId()).then().statusCode(200);
        Suite.asAgency(agency).get(base + "/xingtu-tasks").then().statusCode(200).body("total", equalTo(1));
        Suite.asAgency(agency).get(base + "/xingtu-tasks/" + own.taskId()).then().statusCode(200);
        List<Map<String, Object>> webhooks = all(agency, "/api/webhooks");
        assertThat(webhooks.stream().map(w -> w.get("agency")).toList(), everyItem(equalTo(agency)));
        assertThat(webhooks.stream().map(w -> w.get("id")).toList(), hasItem(own.webhookId()));
        assertThat(webhooks.stream().map(w -> w.get("id")).toList(), not(hasItem(other.webhookId())));
        Suite.asAgency(agency).get("/api/webhooks/" + own.webhookId() + "/deliveries").then().statusCode(200);
    }

    /**
     * Every item of one of the agency's lists, page after page: the lists grow with each run of the suite against
     * the same databases, so this run's items need not be on the first page.
     */
    private static List<Map<String, Object>> all(String agency, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = Suite.asAgency(agency).queryParam("size", 100).queryParam("page", page).get(path)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> onPage = body.getList("items");
            items.addAll(onPage);
            if (onPage.isEmpty() || items.size() >= body.getInt("total")) {
                return items;
            }
        }
    }

    @Test
    void anotherAgencysResourcesAreNotFound() {
        notFound("alpha", beta);
        notFound("beta", alpha);
    }

    private static void notFound(String agency, Tenant other) {
        String base = "/api/partnerships/" + other.partnershipId();
        for (String path : List.of(base, base + "/deliverables", base + "/deliverables/" + other.deliverableId(),
                base + "/deliverables/" + other.deliverableId() + "/submissions", base + "/xingtu-tasks",
                base + "/xingtu-tasks/" + other.taskId(), "/api/webhooks/" + other.webhookId(),
                "/api/webhooks/" + other.webhookId() + "/deliveries")) {
            Suite.asAgency(agency).get(path).then().statusCode(404).contentType(Suite.PROBLEM);
        }
        Suite.asAgency(agency).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("link", "https://www.douyin.com/video/1"))
                .post(base + "/deliverables/" + other.deliverableId() + "/submissions")
                .then().statusCode(404).contentType(Suite.PROBLEM);
        Suite.asAgency(agency).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("url", "https://evil.example/x", "eventTypes", List.of("deliverable.reviewed")))
                .put("/api/webhooks/" + other.webhookId()).then().statusCode(404).contentType(Suite.PROBLEM);
        Suite.asAgency(agency).post("/api/webhooks/" + other.webhookId() + "/secret").then().statusCode(404);
        Suite.asAgency(agency).delete("/api/webhooks/" + other.webhookId()).then().statusCode(404);
        // the other agency's records are untouched
        Suite.as("operator").get(base + "/deliverables/" + other.deliverableId()).then().body("status", equalTo("PENDING"));
        Suite.as("admin").get("/api/webhooks/" + other.webhookId()).then().statusCode(200)
                .body("url", not(equalTo("https://evil.example/x")));
    }

    @Test
    void anAgencySubmitsItsOwnDeliverableOnceWithAnIdempotencyKey() {
        Tenant own = tenant("alpha");
        String path = "/api/partnerships/" + own.partnershipId() + "/deliverables/" + own.deliverableId() + "/submissions";
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("link", "https://www.douyin.com/video/7312345678901234567",
                "metrics", Map.of("plays", 152000, "likes", 8100, "gmv", "8455.00"));
        String id = Suite.asAgency("alpha").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(path).then().statusCode(201).extract().path("id");
        Suite.asAgency("alpha").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(path).then().statusCode(201).body("id", equalTo(id));
        Suite.asAgency("alpha").get(path).then().statusCode(200).body("total", equalTo(1));
        Suite.as("operator").get("/api/partnerships/" + own.partnershipId() + "/deliverables/" + own.deliverableId())
                .then().body("status", equalTo("SUBMITTED")).body("metrics.gmv", equalTo("8455.00"));
    }

    @Test
    void internalResourcesAreForbiddenToBothAgencies() {
        for (String agency : List.of("alpha", "beta")) {
            Tenant own = "alpha".equals(agency) ? alpha : beta;
            Suite.asAgency(agency).get("/api/partners").then().statusCode(403).contentType(Suite.PROBLEM);
            Suite.asAgency(agency).get("/api/partners/" + own.mcnId()).then().statusCode(403).contentType(Suite.PROBLEM);
            Suite.asAgency(agency).get("/api/partners/" + own.mcnId() + "/evaluations")
                    .then().statusCode(403).contentType(Suite.PROBLEM);
            Suite.asAgency(agency).contentType(ContentType.JSON).body(Map.of()).post("/api/partners/rankings")
                    .then().statusCode(403).contentType(Suite.PROBLEM);
            Suite.asAgency(agency).contentType(ContentType.JSON).body(Map.of("partnerId", own.mcnId(), "title", "x"))
                    .post("/api/partnerships").then().statusCode(403).contentType(Suite.PROBLEM);
            Suite.asAgency(agency).contentType(ContentType.JSON).body(Map.of("status", "ARCHIVED"))
                    .post("/api/partnerships/" + own.partnershipId() + "/transitions")
                    .then().statusCode(403).contentType(Suite.PROBLEM);
            Suite.asAgency(agency).contentType(ContentType.JSON).body(Map.of("decision", "ACCEPT"))
                    .post("/api/partnerships/" + own.partnershipId() + "/deliverables/" + own.deliverableId() + "/review")
                    .then().statusCode(403).contentType(Suite.PROBLEM);
        }
        Suite.as("operator").get("/api/webhooks").then().statusCode(403).contentType(Suite.PROBLEM);
    }
}

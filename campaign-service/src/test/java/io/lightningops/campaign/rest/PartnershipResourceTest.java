package io.lightningops.campaign.rest;

import static io.lightningops.campaign.testing.Fixtures.PROBLEM;
import static io.lightningops.campaign.testing.Fixtures.as;
import static io.lightningops.campaign.testing.Fixtures.creator;
import static io.lightningops.campaign.testing.Fixtures.deliverable;
import static io.lightningops.campaign.testing.Fixtures.mcn;
import static io.lightningops.campaign.testing.Fixtures.moveTo;
import static io.lightningops.campaign.testing.Fixtures.partnership;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PartnershipResourceTest {

    @Test
    void aContractGoesThroughItsLifecycleWithWhoAndWhenOfEachStep() {
        String id = partnership(creator("鹿鹿"), "冷萃种草");
        as("operator").get("/api/partnerships/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("agency", nullValue())
                .body("createdBy", equalTo("operator"))
                .body("steps.size()", equalTo(1));
        as("operator").body(Map.of("status", "LEGAL_REVIEW", "note", "条款已确认"))
                .post("/api/partnerships/" + id + "/transitions").then().statusCode(200).body("status", equalTo("LEGAL_REVIEW"));
        as("admin").body(Map.of("status", "SIGNED")).post("/api/partnerships/" + id + "/transitions").then().statusCode(200);
        moveTo(id, "IN_FORCE", "ARCHIVED");
        as("analyst").get("/api/partnerships/" + id).then().statusCode(200)
                .body("status", equalTo("ARCHIVED"))
                .body("steps.to", equalTo(List.of("DRAFT", "LEGAL_REVIEW", "SIGNED", "IN_FORCE", "ARCHIVED")))
                .body("steps.by", equalTo(List.of("operator", "operator", "admin", "operator", "operator")))
                .body("steps[1].from", equalTo("DRAFT"))
                .body("steps[1].note", equalTo("条款已确认"))
                .body("steps[2].at", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"));
    }

    @Test
    void anIllegalTransitionIsAConflictThatChangesNothing() {
        String id = partnership(creator("跳步达人"), "跳步");
        as("operator").body(Map.of("status", "SIGNED")).post("/api/partnerships/" + id + "/transitions")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("DRAFT contract cannot become SIGNED"));
        moveTo(id, "ARCHIVED");
        as("operator").body(Map.of("status", "DRAFT")).post("/api/partnerships/" + id + "/transitions")
                .then().statusCode(409).body("detail", containsString("final"));
        as("operator").get("/api/partnerships/" + id).then().body("status", equalTo("ARCHIVED")).body("steps.size()", equalTo(2));
    }

    @Test
    void aStaleIfMatchOnATransitionIsRefused() {
        String id = partnership(creator("并发"), "并发");
        moveTo(id, "LEGAL_REVIEW");
        as("operator").header("If-Match", "\"0\"").body(Map.of("status", "SIGNED"))
                .post("/api/partnerships/" + id + "/transitions").then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void deliverablesAreTermsSetOnlyInDraftWithExactPrices() {
        String id = partnership(creator("价格"), "价格");
        deliverable(id, "6000.10");
        as("operator").body(Map.of("kind", "LIVE_SESSION", "title", "品牌专场", "dueAt", "2030-12-06T20:00:00+08:00",
                        "price", "0.20"))
                .post("/api/partnerships/" + id + "/deliverables").then().statusCode(201)
                .header("Location", containsString("/api/partnerships/" + id + "/deliverables/"))
                .body("price", equalTo("0.20"))
                .body("status", equalTo("PENDING"));
        as("operator").get("/api/partnerships/" + id).then().body("totalPrice", equalTo("6000.30"));
        as("analyst").get("/api/partnerships/" + id + "/deliverables").then().statusCode(200)
                .body("total", equalTo(2)).body("items.kind", equalTo(List.of("VIDEO", "LIVE_SESSION")));

        moveTo(id, "LEGAL_REVIEW");
        as("operator").body(Map.of("kind", "VIDEO", "title", "x", "dueAt", "2030-12-05T20:00:00+08:00", "price", "1.00"))
                .post("/api/partnerships/" + id + "/deliverables").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void invalidDeliverablesAreRefusedFieldByField() {
        String id = partnership(creator("校验"), "校验");
        as("operator").body(Map.of("kind", "VIDEO", "title", "", "price", "12.345"))
                .post("/api/partnerships/" + id + "/deliverables").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("title", "dueAt", "price"));
        as("operator").get("/api/partnerships/" + id + "/deliverables").then().body("total", equalTo(0));
    }

    @Test
    void aPartnershipNeedsAnExistingPartner() {
        as("operator").body(Map.of("partnerId", UUID.randomUUID().toString(), "title", "x"))
                .post("/api/partnerships").then().statusCode(400).body("violations[0].field", equalTo("partnerId"));
        as("operator").body(Map.of("title", "x")).post("/api/partnerships")
                .then().statusCode(400).body("violations.field", hasItems("partnerId"));
    }

    @Test
    void aSignedCreatorsPartnershipBelongsToItsMcnsAgency() {
        String creator = as("operator").body(Map.of("name", "签约达人", "type", "CREATOR", "mcnId", mcn("alpha")))
                .post("/api/partners").then().statusCode(201).body("mcnId", equalTo(mcn("alpha"))).extract().path("id");
        as("operator").body(Map.of("partnerId", creator, "title", "签约达人合作")).post("/api/partnerships")
                .then().statusCode(201).body("agency", equalTo("alpha"));
        as("operator").body(Map.of("name", "错签", "type", "CREATOR", "mcnId", creator)).post("/api/partners")
                .then().statusCode(400).body("violations[0].field", equalTo("mcnId"));
    }

    @Test
    void updatesNeedTheCurrentETagAndArchivedIsFinal() {
        String id = partnership(creator("改名"), "旧标题");
        Map<String, Object> body = Map.of("title", "新标题", "startsOn", "2030-01-01", "endsOn", "2030-02-01");
        as("operator").body(body).put("/api/partnerships/" + id).then().statusCode(428);
        as("operator").header("If-Match", "\"0\"").body(body).put("/api/partnerships/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("title", equalTo("新标题"));
        as("operator").header("If-Match", "\"0\"").body(body).put("/api/partnerships/" + id).then().statusCode(412);
        as("operator").header("If-Match", "\"1\"").body(Map.of("title", "x", "startsOn", "2030-02-01", "endsOn", "2030-01-01"))
                .put("/api/partnerships/" + id).then().statusCode(400).body("violations[0].field", equalTo("endsOn"));
        moveTo(id, "ARCHIVED");
        as("operator").header("If-Match", "*").body(body).put("/api/partnerships/" + id).then().statusCode(409);
    }

    @Test
    void theListFiltersByPartnerAndStatus() {
        String partner = creator("筛选");
        String draft = partnership(partner, "草稿");
        String review = partnership(partner, "审核");
        moveTo(review, "LEGAL_REVIEW");
        as("analyst").queryParam("partnerId", partner).get("/api/partnerships").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(draft, review)));
        as("analyst").queryParam("partnerId", partner).queryParam("status", "LEGAL_REVIEW").get("/api/partnerships")
                .then().body("items.id", equalTo(List.of(review)));
    }

    @Test
    void rolesDecideWhoWritesAndReads() {
        String id = partnership(creator("权限"), "权限");
        as("analyst").body(Map.of("partnerId", creator("x"), "title", "x")).post("/api/partnerships").then().statusCode(403);
        as("analyst").body(Map.of("status", "LEGAL_REVIEW")).post("/api/partnerships/" + id + "/transitions")
                .then().statusCode(403).contentType(PROBLEM);
        as("compliance").get("/api/partnerships").then().statusCode(403).contentType(PROBLEM);
        io.restassured.RestAssured.given().get("/api/partnerships").then().statusCode(401).contentType(PROBLEM);
        as("operator").get("/api/partnerships/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("detail", notNullValue());
    }

    @Test
    void xingtuTasksCostByTheirPriceModelWithinTheCap() {
        String id = partnership(creator("星图"), "星图");
        String order = "XT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String task = as("operator").body(Map.of("xingtuOrderId", order, "priceModel", "CPM", "unitPrice", "28.00",
                        "plannedUnits", 500, "budgetCap", "13000.00"))
                .post("/api/partnerships/" + id + "/xingtu-tasks").then().statusCode(201)
                .body("status", equalTo("ORDERED")).body("plannedCost", equalTo("13000.00")).body("cost", equalTo("0.00"))
                .extract().path("id");
        as("operator").body(Map.of("xingtuOrderId", order, "priceModel", "CPE", "unitPrice", "1.00", "plannedUnits", 1))
                .post("/api/partnerships/" + id + "/xingtu-tasks").then().statusCode(409);
        String path = "/api/partnerships/" + id + "/xingtu-tasks/" + task;
        as("operator").header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_PROGRESS", "videos", 1, "impressions", 123456, "engagements", 0, "actions", 0))
                .put(path).then().statusCode(200).body("cost", equalTo("3456.77")).body("actualUnits", equalTo(123.456f));
        as("operator").header("If-Match", "\"1\"")
                .body(Map.of("status", "COMPLETED", "videos", 1, "impressions", 900000, "engagements", 0, "actions", 0))
                .put(path).then().statusCode(200).body("cost", equalTo("13000.00"));
        as("operator").header("If-Match", "\"2\"")
                .body(Map.of("status", "ORDERED", "videos", 1, "impressions", 900000, "engagements", 0, "actions", 0))
                .put(path).then().statusCode(409);
        as("analyst").get("/api/partnerships/" + id + "/xingtu-tasks").then().body("total", equalTo(1));
        as("analyst").get("/api/partnerships/" + UUID.randomUUID() + "/xingtu-tasks/" + task).then().statusCode(404);
    }
}

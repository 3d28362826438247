package io.lightningops.campaign.rest;

import static io.lightningops.campaign.testing.Fixtures.PROBLEM;
import static io.lightningops.campaign.testing.Fixtures.as;
import static io.lightningops.campaign.testing.Fixtures.asAgency;
import static io.lightningops.campaign.testing.Fixtures.creator;
import static io.lightningops.campaign.testing.Fixtures.inForce;
import static io.lightningops.campaign.testing.Fixtures.mcn;
import static io.lightningops.campaign.testing.Fixtures.partnership;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The MCN partner API with the dev realm's real mcn-alpha and mcn-beta tokens. */
@QuarkusTest
class PartnerApiIsolationTest {

    private static final Map<String, Object> SUBMISSION = Map.of("link", "https://www.douyin.com/video/731",
            "metrics", Map.of("plays", 152000, "likes", 8100, "gmv", "8455.50"));

    @Test
    void anAgencyListsAndReadsOnlyItsOwnPartnerships() {
        String[] alpha = inForce("alpha");
        String[] beta = inForce("beta");
        String brandOnly = partnership(creator("无MCN达人"), "品牌直签");

        asAgency("alpha").queryParam("size", 100).get("/api/partnerships").then().statusCode(200)
                .body("items.agency", everyItem(equalTo("alpha")))
                .body("items.id", hasItem(alpha[0]))
                .body("items.id", not(hasItem(beta[0])))
                .body("items.id", not(hasItem(brandOnly)));
        asAgency("alpha").get("/api/partnerships/" + alpha[0]).then().statusCode(200).body("agency", equalTo("alpha"));
        asAgency("beta").get("/api/partnerships/" + beta[0]).then().statusCode(200);
    }

    @Test
    void anotherAgencysPartnershipIsNotFoundLikeOneThatDoesNotExist() {
        String[] beta = inForce("beta");
        String task = as("operator").body(Map.of("xingtuOrderId", "XTB" + UUID.randomUUID().toString().substring(0, 8),
                        "priceModel", "FIXED_PER_VIDEO", "unitPrice", "5000.00", "plannedUnits", 1))
                .post("/api/partnerships/" + beta[0] + "/xingtu-tasks").then().statusCode(201).extract().path("id");
        String base = "/api/partnerships/" + beta[0];
        for (String path : new String[] {base, base + "/deliverables", base + "/deliverables/" + beta[1],
                base + "/deliverables/" + beta[1] + "/submissions", base + "/xingtu-tasks", base + "/xingtu-tasks/" + task,
                "/api/partnerships/" + UUID.randomUUID()}) {
            asAgency("alpha").get(path).then().statusCode(404).contentType(PROBLEM)
                    .body("title", equalTo("Not Found"));
        }
        asAgency("alpha").header("Idempotency-Key", UUID.randomUUID().toString()).body(SUBMISSION)
                .post(base + "/deliverables/" + beta[1] + "/submissions").then().statusCode(404).contentType(PROBLEM);
        as("operator").get(base + "/deliverables/" + beta[1]).then().body("status", equalTo("PENDING"));
    }

    @Test
    void anAgencySubmitsItsDeliverableOnceWhateverItsRetries() {
        String[] alpha = inForce("alpha");
        String path = "/api/partnerships/" + alpha[0] + "/deliverables/" + alpha[1];
        String key = UUID.randomUUID().toString();
        String first = asAgency("alpha").header("Idempotency-Key", key).body(SUBMISSION).post(path + "/submissions")
                .then().statusCode(201)
                .body("submittedBy", equalTo("service-account-mcn-alpha"))
                .body("metrics.gmv", equalTo("8455.50"))
                .extract().path("id");
        asAgency("alpha").header("Idempotency-Key", key).body(SUBMISSION).post(path + "/submissions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        asAgency("alpha").get(path + "/submissions").then().statusCode(200).body("total", equalTo(1));
        asAgency("alpha").get(path).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("link", equalTo("https://www.douyin.com/video/731"))
                .body("metrics.plays", equalTo(152000));
    }

    @Test
    void submissionsWaitForTheContractToBeInForceAndStopOnceAccepted() {
        String draft = partnership(mcn("alpha"), "未生效");
        String deliverable = io.lightningops.campaign.testing.Fixtures.deliverable(draft, "100.00");
        asAgency("alpha").body(SUBMISSION).post("/api/partnerships/" + draft + "/deliverables/" + deliverable + "/submissions")
                .then().statusCode(409).contentType(PROBLEM);

        String[] alpha = inForce("alpha");
        String path = "/api/partnerships/" + alpha[0] + "/deliverables/" + alpha[1];
        asAgency("alpha").body(SUBMISSION).post(path + "/submissions").then().statusCode(201);
        asAgency("alpha").body(Map.of("decision", "ACCEPT")).post(path + "/review").then().statusCode(403).contentType(PROBLEM);
        as("operator").body(Map.of("decision", "ACCEPT", "note", "通过")).post(path + "/review")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("reviewedBy", equalTo("operator"));
        asAgency("alpha").body(SUBMISSION).post(path + "/submissions").then().statusCode(409);
        as("operator").body(Map.of("decision", "REJECT")).post(path + "/review").then().statusCode(409);
    }

    @Test
    void aBadSubmissionIsAValidationProblem() {
        String[] alpha = inForce("alpha");
        asAgency("alpha").body(Map.of("link", "javascript:alert(1)", "metrics", Map.of("plays", -1)))
                .post("/api/partnerships/" + alpha[0] + "/deliverables/" + alpha[1] + "/submissions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("link"))
                .body("violations.field", hasItem("metrics.plays"));
    }

    @Test
    void internalResourcesAreForbiddenToPartnerTokens() {
        String[] alpha = inForce("alpha");
        String partnerId = mcn("alpha");
        asAgency("alpha").get("/api/partners/" + partnerId).then().statusCode(403).contentType(PROBLEM);
        asAgency("alpha").get("/api/partners/" + partnerId + "/evaluations").then().statusCode(403).contentType(PROBLEM);
        asAgency("alpha").body(Map.of()).post("/api/partners/rankings").then().statusCode(403).contentType(PROBLEM);
        asAgency("alpha").body(Map.of("partnerId", partnerId, "title", "自建")).post("/api/partnerships")
                .then().statusCode(403).contentType(PROBLEM);
        asAgency("alpha").body(Map.of("status", "ARCHIVED")).post("/api/partnerships/" + alpha[0] + "/transitions")
                .then().statusCode(403).contentType(PROBLEM);
        asAgency("alpha").header("If-Match", "*").body(Map.of("title", "改")).put("/api/partnerships/" + alpha[0])
                .then().statusCode(403).contentType(PROBLEM);
        asAgency("alpha").body(Map.of("kind", "VIDEO", "title", "x", "dueAt", "2030-01-01T00:00:00Z", "price", "1.00"))
                .post("/api/partnerships/" + alpha[0] + "/deliverables").then().statusCode(403).contentType(PROBLEM);
        asAgency("alpha").body(Map.of("xingtuOrderId", "XTX1", "priceModel", "CPA", "unitPrice", "1.00", "plannedUnits", 1))
                .post("/api/partnerships/" + alpha[0] + "/xingtu-tasks").then().statusCode(403).contentType(PROBLEM);
    }
}

package io.lightningops.campaign.rest;

import static io.lightningops.campaign.testing.Fixtures.PROBLEM;
import static io.lightningops.campaign.testing.Fixtures.as;
import static io.lightningops.campaign.testing.Fixtures.asAgency;
import static io.lightningops.campaign.testing.Fixtures.inForce;
import static io.lightningops.campaign.testing.Fixtures.moveTo;
import static io.lightningops.campaign.testing.Fixtures.partnership;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import io.lightningops.campaign.config.WebhookConfig;
import io.lightningops.campaign.repository.WebhookDeliveryRepository;
import io.lightningops.campaign.repository.WebhookEventRepository;
import io.lightningops.campaign.repository.WebhookSubscriptionRepository;
import io.lightningops.campaign.service.WebhookDispatcher;
import io.lightningops.campaign.service.WebhookSecrets;
import io.lightningops.campaign.service.WebhookTargets;
import io.lightningops.campaign.testing.Fixtures;
import io.lightningops.campaign.testing.Receiver;

/**
 * Webhooks end to end inside the service: a real HTTP receiver, the outbox, and the dispatcher driven by the test
 * (the schedule is off in %test, backoff is zero) so that each run is one observable step.
 */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    WebhookConfig config;
    @Inject
    WebhookDeliveryRepository deliveries;
    @Inject
    WebhookEventRepository events;
    @Inject
    WebhookSubscriptionRepository subscriptions;
    @Inject
    WebhookSecrets secrets;
    @Inject
    WebhookTargets targets;
    @Inject
    Clock clock;

    /** Only this test's subscriptions get deliveries, so a dispatcher run sends only what the test expects. */
    @BeforeEach
    void removeEarlierSubscriptions() {
        List<String> ids = as("admin").queryParam("size", 100).get("/api/webhooks").then().statusCode(200)
                .extract().path("items.id");
        ids.forEach(id -> as("admin").delete("/api/webhooks/" + id).then().statusCode(204));
    }

    private static JsonPath subscribe(String agency, String url, String... types) {
        return asAgency(agency).body(Map.of("url", url, "eventTypes", List.of(types))).post("/api/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath deliveryLog(String agency, String webhookId) {
        return asAgency(agency).get("/api/webhooks/" + webhookId + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void eventsArriveSignedOverTimestampAndBodyAndRetriesKeepTheEventId() throws Exception {
        try (Receiver receiver = new Receiver().answer(500, 503)) {
            JsonPath webhook = subscribe("alpha", receiver.url(), "deliverable.submitted");
            String secret = webhook.getString("secret");
            assertThat(secret, matchesPattern("whsec_[A-Za-z0-9_-]{43}"));
            String[] alpha = inForce("alpha");
            asAgency("alpha").body(Map.of("link", "https://www.douyin.com/video/1", "metrics", Map.of("plays", 10)))
                    .post("/api/partnerships/" + alpha[0] + "/deliverables/" + alpha[1] + "/submissions")
                    .then().statusCode(201);

            assertEquals(1, dispatcher.dispatchDue());
            JsonPath log = deliveryLog("alpha", webhook.getString("id"));
            assertEquals("PENDING", log.getString("items[0].status"));
            assertEquals(1, log.getInt("items[0].attempts"));
            assertEquals(500, log.getInt("items[0].lastStatusCode"));
            assertEquals("The endpoint answered 500", log.getString("items[0].lastError"));
            dispatcher.dispatchDue();
            dispatcher.dispatchDue();
            assertEquals(0, dispatcher.dispatchDue());

            List<Receiver.Received> got = receiver.received();
            assertEquals(3, got.size());
            Set<String> eventIds = got.stream().map(r -> r.headers().get("lightning-webhook-id")).collect(Collectors.toSet());
            assertEquals(1, eventIds.size());
            for (Receiver.Received r : got) {
                String timestamp = r.headers().get("lightning-webhook-timestamp");
                assertTrue(Math.abs(Long.parseLong(timestamp) - clock.instant().getEpochSecond()) < 60);
                assertEquals("sha256=" + WebhookSecrets.sign(secret, Long.parseLong(timestamp), r.body()),
                        r.headers().get("lightning-webhook-signature"));
                assertEquals("deliverable.submitted", r.headers().get("lightning-webhook-event"));
                assertEquals(got.get(0).body(), r.body());
            }
            assertNotEquals("sha256=" + WebhookSecrets.sign("whsec_other", 1, got.get(0).body()),
                    got.get(0).headers().get("lightning-webhook-signature"));
            JsonPath body = JsonPath.from(got.get(0).body());
            assertEquals(eventIds.iterator().next(), body.getString("id"));
            assertEquals("deliverable.submitted", body.getString("type"));
            assertEquals("alpha", body.getString("agency"));
            assertEquals(alpha[1], body.getString("data.id"));
            assertEquals("SUBMITTED", body.getString("data.status"));

            log = deliveryLog("alpha", webhook.getString("id"));
            assertEquals("DELIVERED", log.getString("items[0].status"));
            assertEquals(3, log.getInt("items[0].attempts"));
            assertEquals(200, log.getInt("items[0].lastStatusCode"));
            assertEquals(eventIds.iterator().next(), log.getString("items[0].eventId"));
            assertEquals("deliverable.submitted", log.getString("items[0].eventType"));
        }
    }

    @Test
    void afterMaxAttemptsADeliveryIsDeadUntilSentAgain() throws Exception {
        try (Receiver receiver = new Receiver().otherwise(500)) {
            String webhook = subscribe("alpha", receiver.url(), "partnership.status_changed").getString("id");
            String partnership = partnership(Fixtures.mcn("alpha"), "死信");
            moveTo(partnership, "LEGAL_REVIEW");
            for (int i = 0; i < config.maxAttempts() + 2; i++) {
                dispatcher.dispatchDue();
            }
            assertEquals(config.maxAttempts(), receiver.received().size());
            JsonPath log = deliveryLog("alpha", webhook);
            assertEquals("DEAD", log.getString("items[0].status"));
            assertEquals(config.maxAttempts(), log.getInt("items[0].attempts"));
            String delivery = log.getString("items[0].id");

            receiver.otherwise(204);
            asAgency("alpha").post("/api/webhooks/" + webhook + "/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(200).body("status", equalTo("PENDING")).body("attempts", equalTo(0));
            asAgency("beta").post("/api/webhooks/" + webhook + "/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(404);
            dispatcher.dispatchDue();
            asAgency("alpha").queryParam("status", "DELIVERED").get("/api/webhooks/" + webhook + "/deliveries")
                    .then().body("total", equalTo(1)).body("items[0].attempts", equalTo(1));
            asAgency("alpha").post("/api/webhooks/" + webhook + "/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(409).contentType(PROBLEM);
            List<Receiver.Received> got = receiver.received();
            assertEquals(got.get(0).headers().get("lightning-webhook-id"), got.get(got.size() - 1).headers().get("lightning-webhook-id"));
        }
    }

    @Test
    void eventsLeftPendingAreSentByAFreshDispatcherFromTheTable() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String webhook = subscribe("alpha", receiver.url(), "partnership.created", "partnership.status_changed",
                    "deliverable.created").getString("id");
            String partnership = partnership(Fixtures.mcn("alpha"), "重启");
            Fixtures.deliverable(partnership, "10.00");
            moveTo(partnership, "LEGAL_REVIEW");
            // nothing sent yet: the events wait in the outbox, as they would across a restart
            assertEquals(0, receiver.received().size());
            assertEquals(3, deliveryLog("alpha", webhook).getInt("total"));

            WebhookDispatcher fresh = new WebhookDispatcher(config, deliveries, events, subscriptions, secrets, targets, clock);
            assertEquals(3, fresh.dispatchDue());
            List<String> types = receiver.received().stream().map(r -> r.headers().get("lightning-webhook-event")).toList();
            assertEquals(List.of("partnership.created", "deliverable.created", "partnership.status_changed"), types);
            asAgency("alpha").queryParam("status", "DELIVERED").get("/api/webhooks/" + webhook + "/deliveries")
                    .then().body("total", equalTo(3));
        }
    }

    @Test
    void aChangeThatFailsWritesNoEvent() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String webhook = subscribe("alpha", receiver.url(), "partnership.status_changed").getString("id");
            String partnership = partnership(Fixtures.mcn("alpha"), "失败");
            as("operator").body(Map.of("status", "IN_FORCE")).post("/api/partnerships/" + partnership + "/transitions")
                    .then().statusCode(409);
            assertEquals(0, deliveryLog("alpha", webhook).getInt("total"));
            assertEquals(0, dispatcher.dispatchDue());
        }
    }

    @Test
    void anAgencyGetsOnlyItsOwnEvents() throws Exception {
        try (Receiver alphaReceiver = new Receiver(); Receiver betaReceiver = new Receiver()) {
            subscribe("alpha", alphaReceiver.url(), "partnership.status_changed");
            subscribe("beta", betaReceiver.url(), "partnership.status_changed");
            moveTo(partnership(Fixtures.mcn("beta"), "beta 的合作"), "LEGAL_REVIEW");
            dispatcher.dispatchDue();
            assertEquals(0, alphaReceiver.received().size());
            assertEquals(1, betaReceiver.received().size());
            assertThat(betaReceiver.received().get(0).body(), containsString("\"agency\":\"beta\""));
        }
    }

    @Test
    void theSecretIsShownOnceAndRotationReplacesIt() {
        JsonPath created = subscribe("alpha", "https://hooks.alpha.example/x", "deliverable.reviewed");
        String id = created.getString("id");
        asAgency("alpha").get("/api/webhooks/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("secret", nullValue())
                .body("agency", equalTo("alpha"))
                .body("createdBy", equalTo("service-account-mcn-alpha"));
        asAgency("alpha").get("/api/webhooks").then().body("items[0].secret", nullValue());
        String rotated = asAgency("alpha").post("/api/webhooks/" + id + "/secret").then().statusCode(200)
                .body("secret", notNullValue()).extract().path("secret");
        assertNotEquals(created.getString("secret"), rotated);
    }

    @Test
    void subscriptionsAreIsolatedBetweenAgenciesAndClosedToStaff() {
        String alpha = subscribe("alpha", "https://hooks.alpha.example/x", "deliverable.reviewed").getString("id");
        String beta = subscribe("beta", "https://hooks.beta.example/x", "deliverable.reviewed").getString("id");
        asAgency("beta").get("/api/webhooks").then().statusCode(200)
                .body("items.id", hasItem(beta)).body("items.id", not(hasItem(alpha)));
        asAgency("beta").queryParam("agency", "alpha").get("/api/webhooks").then()
                .body("items.id", not(hasItem(alpha)));
        for (String path : new String[] {"/api/webhooks/" + alpha, "/api/webhooks/" + alpha + "/deliveries"}) {
            asAgency("beta").get(path).then().statusCode(404).contentType(PROBLEM);
        }
        asAgency("beta").header("If-Match", "*").body(Map.of("url", "https://evil.example", "eventTypes", List.of("deliverable.reviewed")))
                .put("/api/webhooks/" + alpha).then().statusCode(404);
        asAgency("beta").post("/api/webhooks/" + alpha + "/secret").then().statusCode(404);
        asAgency("beta").delete("/api/webhooks/" + alpha).then().statusCode(404);
        asAgency("alpha").get("/api/webhooks/" + alpha).then().statusCode(200).body("url", equalTo("https://hooks.alpha.example/x"));

        as("admin").get("/api/webhooks").then().statusCode(200).body("items.id", hasItem(alpha)).body("items.id", hasItem(beta));
        as("admin").queryParam("agency", "beta").get("/api/webhooks").then().body("items.id", not(hasItem(alpha)));
        as("operator").get("/api/webhooks").then().statusCode(403).contentType(PROBLEM);
        as("analyst").get("/api/webhooks/" + alpha).then().statusCode(403);
    }

    @Test
    void badSubscriptionsAreRefusedFieldByField() {
        asAgency("alpha").body(Map.of("url", "ftp://hooks.alpha.example", "eventTypes", List.of("deliverable.reviewed")))
                .post("/api/webhooks").then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("url"));
        asAgency("alpha").body(Map.of("url", "https://hooks.alpha.example", "eventTypes", List.of("coupon.redeemed")))
                .post("/api/webhooks").then().statusCode(400).body("violations[0].field", equalTo("eventTypes"))
                .body("detail", containsString("deliverable.submitted"));
        asAgency("alpha").body(Map.of("url", "https://hooks.alpha.example", "eventTypes", List.of()))
                .post("/api/webhooks").then().statusCode(400).body("violations[0].field", equalTo("eventTypes"));
        asAgency("alpha").body(Map.of("url", "https://hooks.alpha.example", "eventTypes", List.of("deliverable.reviewed"),
                "agency", "beta")).post("/api/webhooks").then().statusCode(400).body("violations[0].field", equalTo("agency"));
        as("admin").body(Map.of("url", "https://hooks.alpha.example", "eventTypes", List.of("deliverable.reviewed")))
                .post("/api/webhooks").then().statusCode(400).body("violations[0].field", equalTo("agency"));
        as("admin").body(Map.of("url", "https://hooks.alpha.example", "eventTypes", List.of("deliverable.reviewed"),
                "agency", "alpha")).post("/api/webhooks").then().statusCode(201).body("agency", equalTo("alpha"));
        asAgency("alpha").get("/api/webhooks").then().body("total", equalTo(1));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = subscribe("alpha", "https://hooks.alpha.example/x", "deliverable.reviewed").getString("id");
        Map<String, Object> body = Map.of("url", "https://hooks.alpha.example/y",
                "eventTypes", List.of("deliverable.reviewed", "deliverable.submitted"), "active", false);
        asAgency("alpha").body(body).put("/api/webhooks/" + id).then().statusCode(428);
        asAgency("alpha").header("If-Match", "\"0\"").body(body).put("/api/webhooks/" + id).then().statusCode(200)
                .body("active", equalTo(false)).body("eventTypes.size()", equalTo(2)).header("ETag", "\"1\"");
        asAgency("alpha").header("If-Match", "\"0\"").body(body).put("/api/webhooks/" + id).then().statusCode(412);
    }
}

package io.lightningops.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A webhook delivery survives a restart of campaign-service: the event waits in the outbox table while the endpoint
 * fails and the service is down, and is delivered (same event id, valid signature) once both are back.
 * The receiver runs in this JVM on 127.0.0.1, so the suite must start campaign-service with
 * LIGHTNING_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true (local runs only; production refuses private targets).
 */
class WebhookRestartTest {

    record Received(String eventId, String timestamp, String signature, String body, int answered) {
    }

    @Test
    void aPendingDeliveryIsSentAfterTheServiceRestarts() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger answer = new AtomicInteger(503);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int status = answer.get();
                received.add(new Received(exchange.getRequestHeaders().getFirst("Lightning-Webhook-Id"),
                        exchange.getRequestHeaders().getFirst("Lightning-Webhook-Timestamp"),
                        exchange.getRequestHeaders().getFirst("Lightning-Webhook-Signature"), body, status));
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
            JsonPath webhook = Suite.asAgency("alpha").contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("partnership.status_changed")))
                    .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
            String secret = webhook.getString("secret");
            String webhookId = webhook.getString("id");

            String mcn = PartnerIsolationThroughGatewayTest.mcn("alpha");
            String partnership = Suite.as("operator").contentType(ContentType.JSON)
                    .body(Map.of("partnerId", mcn, "title", "重启也要送达 " + UUID.randomUUID()))
                    .post("/api/partnerships").then().statusCode(201).extract().path("id");
            Suite.as("operator").contentType(ContentType.JSON).body(Map.of("status", "LEGAL_REVIEW"))
                    .post("/api/partnerships/" + partnership + "/transitions").then().statusCode(200);

            // the endpoint fails: the delivery is retried later and stays PENDING in the table
            waitFor(Duration.ofSeconds(30), () -> !received.isEmpty());
            String eventId = received.get(0).eventId();
            Suite.asAgency("alpha").get("/api/webhooks/" + webhookId + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("PENDING"))
                    .body("items[0].eventId", equalTo(eventId));

            Suite.launcher("stop", "campaign-service");
            try {
                answer.set(200);
            } finally {
                Suite.launcher("start", "campaign-service");
            }

            // backoff after two failures at most 20 s in the default configuration, plus the dispatch interval
            waitFor(Duration.ofSeconds(90), () -> received.stream().anyMatch(r -> r.answered() == 200));
            Received delivered = received.stream().filter(r -> r.answered() == 200).findFirst().orElseThrow();
            assertEquals(eventId, delivered.eventId(), "the event id is stable across retries and restarts");
            assertEquals("sha256=" + hmac(secret, delivered.timestamp() + "." + delivered.body()), delivered.signature());
            assertTrue(delivered.body().contains("\"type\":\"partnership.status_changed\""));
            assertTrue(delivered.body().contains(partnership));
            Suite.asAgency("alpha").get("/api/webhooks/" + webhookId + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].lastStatusCode", equalTo(200));
            Suite.asAgency("alpha").delete("/api/webhooks/" + webhookId).then().statusCode(204);
        } finally {
            server.stop(0);
        }
    }

    private static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not within " + limit);
            }
            Thread.sleep(250);
        }
    }

    private static String hmac(String secret, String data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}

package io.lightningops.campaign.rest;

import static io.lightningops.campaign.testing.Fixtures.PROBLEM;
import static io.lightningops.campaign.testing.Fixtures.asAgency;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With private targets refused, as in production: the SSRF guard over HTTP. */
@QuarkusTest
@TestProfile(WebhookTargetGuardTest.PrivateTargetsRefused.class)
class WebhookTargetGuardTest {

    public static class PrivateTargetsRefused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lightning.webhooks.allow-private-targets", "false");
        }
    }

    @Test
    void urlsOnPrivateLoopbackLinkLocalOrUnspecifiedAddressesAreRefused() {
        for (String url : new String[] {"http://127.0.0.1:8083/api/partners", "http://localhost/x",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/x", "http://172.16.3.4/x",
                "http://192.168.1.1/x", "http://[::1]/x", "http://[fd00::1]/x", "http://[fe80::1]/x", "http://0.0.0.0/x",
                "http://[::]/x", "http://[::ffff:10.0.0.1]/x", "http://100.64.0.1/x"}) {
            asAgency("alpha").body(Map.of("url", url, "eventTypes", List.of("deliverable.reviewed")))
                    .post("/api/webhooks").then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("url"))
                    .body("violations[0].message", containsString("must not point at a private"));
        }
    }

    @Test
    void aPublicAddressIsAccepted() {
        asAgency("alpha").body(Map.of("url", "https://93.184.216.34/hooks", "eventTypes", List.of("deliverable.reviewed")))
                .post("/api/webhooks").then().statusCode(201);
    }
}

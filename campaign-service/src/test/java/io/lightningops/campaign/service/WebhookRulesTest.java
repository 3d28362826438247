package io.lightningops.campaign.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The dispatcher's and the guard's rules; a Quarkus test only so that it shares the module's class loading. */
@QuarkusTest
class WebhookRulesTest {

    @Test
    void backoffDoublesFromTheBaseUpToTheMaximum() {
        Duration base = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(1);
        assertEquals(Duration.ofSeconds(10), WebhookDispatcher.backoff(base, max, 1));
        assertEquals(Duration.ofSeconds(20), WebhookDispatcher.backoff(base, max, 2));
        assertEquals(Duration.ofSeconds(40), WebhookDispatcher.backoff(base, max, 3));
        assertEquals(Duration.ofMinutes(1), WebhookDispatcher.backoff(base, max, 4));
        assertEquals(Duration.ofMinutes(1), WebhookDispatcher.backoff(base, max, 60));
    }

    @Test
    void privateAndSpecialAddressesAreRecognisedAndPublicOnesAreNot() throws Exception {
        for (String ip : new String[] {"127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:192.168.1.1",
                "224.0.0.1", "255.255.255.255"}) {
            assertTrue(WebhookTargets.isPrivate(InetAddress.getByName(ip)), ip);
        }
        for (String ip : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111"}) {
            assertFalse(WebhookTargets.isPrivate(InetAddress.getByName(ip)), ip);
        }
    }

    @Test
    void theSignatureIsHmacSha256OverTimestampDotBody() {
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assertEquals("38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
                WebhookSecrets.sign("whsec_test", 1700000000L, "{\"a\":1}"));
    }
}

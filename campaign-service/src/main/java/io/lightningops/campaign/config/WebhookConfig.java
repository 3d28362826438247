package io.lightningops.campaign.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhooks for agencies: where they may point, how secrets are kept, and how the dispatcher retries. */
@ConfigMapping(prefix = "lightning.webhooks")
public interface WebhookConfig {

    /**
     * Whether a URL may resolve to a private, loopback, link-local, unique-local or unspecified address. Off in
     * production (no SSRF into the cluster or the cloud metadata service); on in %dev and %test only.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Base64 of a 32-byte AES key that encrypts signing secrets at rest. From the environment in production. */
    String secretKey();

    /** How often the dispatcher looks for due deliveries ({@code off} disables it, as in tests that drive it). */
    @WithDefault("5s")
    String dispatchEvery();

    /** Deliveries claimed per batch (each batch is one transaction holding their row locks). */
    @WithDefault("20")
    int batchSize();

    /** Attempts before a delivery is DEAD. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one, up to backoff-max. */
    @WithDefault("PT10S")
    Duration backoffBase();

    @WithDefault("PT1H")
    Duration backoffMax();

    @WithDefault("PT2S")
    Duration connectTimeout();

    /** Whole-request timeout of one attempt. */
    @WithDefault("PT5S")
    Duration requestTimeout();
}

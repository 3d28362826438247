package io.lightningops.campaign.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.campaign.config.WebhookConfig;

/**
 * Signing secrets: made from 32 random bytes, shown to the agency once, and kept AES-GCM encrypted (the dispatcher
 * needs them in clear to compute the HMAC, so a one-way hash would not do). Signatures are
 * HMAC-SHA256(secret, timestamp + "." + body) in lowercase hex.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public WebhookSecrets(WebhookConfig config) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.secretKey().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lightning.webhooks.secret-key must be Base64 of 32 bytes", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("lightning.webhooks.secret-key must be Base64 of 32 bytes, not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String encrypt(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a webhook secret", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a webhook secret (was lightning.webhooks.secret-key changed?)", e);
        }
    }

    /** HMAC-SHA256 over {@code timestamp + "." + body}, hex. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

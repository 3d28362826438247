package io.lightningops.campaign.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.lightningops.campaign.config.WebhookConfig;
import io.lightningops.defaults.problem.ApiException;

/**
 * The SSRF guard: a webhook URL must be http(s), carry no credentials, and (outside dev and test) resolve only to
 * public addresses. Checked when a URL is registered and again before each attempt, since DNS may change.
 */
@ApplicationScoped
public class WebhookTargets {

    private final WebhookConfig config;

    public WebhookTargets(WebhookConfig config) {
        this.config = config;
    }

    /** The parsed URL, or a 400 problem on {@code field} saying what is wrong with it. */
    public URI check(String field, String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ApiException.invalid(field, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw ApiException.invalid(field, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ApiException.invalid(field, "must name a host, without user info or fragment");
        }
        String refusal = refusal(uri.getHost());
        if (refusal != null) {
            throw ApiException.invalid(field, refusal);
        }
        return uri;
    }

    /** Why a request to {@code host} must not be made now, or null if it may. */
    public String refusal(String host) {
        if (config.allowPrivateTargets()) {
            return null;
        }
        InetAddress[] addresses;
        try {
            String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return "its host does not resolve";
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return "must not point at a private, loopback, link-local or unspecified address ("
                        + address.getHostAddress() + ")";
            }
        }
        return null;
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
                return true;
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}

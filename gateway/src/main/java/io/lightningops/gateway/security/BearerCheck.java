package io.lightningops.gateway.security;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import io.lightningops.defaults.http.ProblemResponses;
import io.lightningops.defaults.problem.Failures;
import io.lightningops.gateway.config.GatewayConfig;

/**
 * Authenticates a request before the gateway forwards it: the bearer token must be valid for the
 * realm. Roles are the services' business (they answer 403); the gateway only turns away requests
 * that no service could accept, so that they never cost an upstream round trip.
 *
 * <p>Quarkus OIDC does the verification (locally, with the realm's cached JWKS). Authentication is
 * lazy ({@code quarkus.http.auth.proactive=false}), so the identity is the deferred one that Quarkus
 * leaves in the routing context; resolving it here runs the bearer mechanism once.
 *
 * <p>Verifying a token means parsing it twice and checking an RSA signature, which is most of the
 * gateway's own work per request. A client sends the same token for minutes, so a verified token is
 * remembered until it expires (at most {@code gateway.auth.cache-max-age}). This trusts nothing that
 * the services do not: they verify every token themselves, locally, without asking Keycloak either.
 * Only successes are remembered, so garbage tokens cannot fill the cache.
 */
@Singleton
public class BearerCheck {

    private static final Logger LOG = Logger.getLogger(BearerCheck.class);
    private static final String BEARER_PREFIX = "Bearer ";
    private static final String INVALID_TOKEN_CHALLENGE = ProblemResponses.BEARER_CHALLENGE + ", error=\"invalid_token\"";

    /**
     * Replaces Quarkus' default failure handler of lazy authentication, which would end the response
     * with an empty body; the gateway answers the failure itself as problem+json.
     */
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_GATEWAY = (rc, failure) -> {
    };

    private final ProblemResponses problems;
    /** The whole Authorization header value -> until when (epoch millis) it counts as verified. */
    private final Map<String, Long> verified = new ConcurrentHashMap<>();
    private final int cacheSize;
    private final long cacheMaxAgeMillis;

    public BearerCheck(ProblemResponses problems, GatewayConfig config) {
        this.problems = problems;
        this.cacheSize = config.auth().cacheSize();
        this.cacheMaxAgeMillis = config.auth().cacheMaxAge().toMillis();
    }

    /**
     * Calls {@code next} on the request's own context once the token is verified; otherwise answers
     * 401 (no, malformed, bad or expired token) or 503 (Keycloak cannot be reached to verify it).
     */
    public void authenticate(RoutingContext rc, Handler<RoutingContext> next) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            // Cheap path: no need to run the OIDC machinery to know there is no bearer token.
            unauthorized(rc, ProblemResponses.BEARER_CHALLENGE, "A bearer token is required: send Authorization: Bearer <access token>");
            return;
        }
        if (recentlyVerified(authorization)) {
            next.handle(rc);
            return;
        }
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_GATEWAY);
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(rc, null).subscribe().with(
                identity -> onContext(context, () -> verified(rc, authorization, identity, next)),
                failure -> onContext(context, () -> failed(rc, failure)));
    }

    private void verified(RoutingContext rc, String authorization, SecurityIdentity identity, Handler<RoutingContext> next) {
        if (identity == null || identity.isAnonymous()) {
            unauthorized(rc, INVALID_TOKEN_CHALLENGE, "The bearer token is not valid");
            return;
        }
        remember(authorization, identity);
        next.handle(rc);
    }

    private void failed(RoutingContext rc, Throwable failure) {
        if (Failures.identityProviderUnavailable(failure)) {
            LOG.warnf("Cannot verify a token, the identity provider is unreachable: %s", failure.toString());
        } else {
            LOG.debugf("Token rejected: %s", failure);
        }
        problems.sendAuthenticationFailure(rc, failure, INVALID_TOKEN_CHALLENGE, "The bearer token is not valid or has expired");
    }

    private void unauthorized(RoutingContext rc, String challenge, String detail) {
        problems.sendAuthenticationFailure(rc, null, challenge, detail);
    }

    private boolean recentlyVerified(String authorization) {
        if (cacheSize <= 0) {
            return false;
        }
        Long until = verified.get(authorization);
        if (until == null) {
            return false;
        }
        if (System.currentTimeMillis() < until) {
            return true;
        }
        verified.remove(authorization, until);
        return false;
    }

    private void remember(String authorization, SecurityIdentity identity) {
        if (cacheSize <= 0 || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getExpirationTime() <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        long until = Math.min(token.getExpirationTime() * 1000, now + cacheMaxAgeMillis);
        if (until <= now) {
            return;
        }
        if (verified.size() >= cacheSize) {
            evict(now);
        }
        verified.put(authorization, until);
    }

    /** Drops expired entries; if the cache is still full, starts over rather than track usage per request. */
    private void evict(long now) {
        for (Iterator<Long> it = verified.values().iterator(); it.hasNext(); ) {
            if (it.next() <= now) {
                it.remove();
            }
        }
        if (verified.size() >= cacheSize) {
            verified.clear();
        }
    }

    /** Verification usually completes synchronously; after a JWKS refresh it may complete elsewhere. */
    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(ignored -> action.run());
        }
    }
}

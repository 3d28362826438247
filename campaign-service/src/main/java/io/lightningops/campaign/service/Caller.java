package io.lightningops.campaign.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import io.lightningops.defaults.problem.ApiException;
import io.lightningops.defaults.problem.ProblemType;
import io.lightningops.defaults.security.CurrentUser;
import io.lightningops.defaults.security.Roles;

/**
 * Who is calling: the name recorded with each step, and the tenant they are confined to. Internal roles
 * (admin, operator, analyst) see every agency; a partner token sees only the agency of its {@code agency} claim.
 */
@ApplicationScoped
public class Caller {

    private final SecurityIdentity identity;
    private final CurrentUser user;

    public Caller(SecurityIdentity identity, CurrentUser user) {
        this.identity = identity;
        this.user = user;
    }

    /** The token's principal: the Keycloak username, or service-account-mcn-alpha for an agency's client. */
    public String name() {
        return user.name();
    }

    /**
     * The agency the caller is confined to, or empty for the brand's own staff. A partner token without an
     * agency claim belongs to no agency and may see nothing: 403.
     */
    public Optional<String> tenant() {
        if (identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.OPERATOR) || identity.hasRole(Roles.ANALYST)) {
            return Optional.empty();
        }
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(Roles.AGENCY_CLAIM) : null;
        String agency = claim == null ? null : claim.toString().strip();
        if (agency == null || agency.isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "This token carries no agency claim, so it sees no partner data");
        }
        return Optional.of(agency);
    }

    /** Whether the caller may see data of {@code agency} (null: the brand's own, no agency). */
    public boolean sees(String agency) {
        return tenant().map(own -> own.equals(agency)).orElse(true);
    }
}

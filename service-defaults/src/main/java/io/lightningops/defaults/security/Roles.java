package io.lightningops.defaults.security;

/**
 * The realm roles of the suite (DESIGN.md, "Security"). Endpoints name them in {@code @RolesAllowed}.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String ANALYST = "analyst";
    public static final String COMPLIANCE = "compliance";
    public static final String PARTNER = "partner";

    /** The claim that carries an MCN partner's tenant key. */
    public static final String AGENCY_CLAIM = "agency";

    private Roles() {
    }
}

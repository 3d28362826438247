package io.lightningops.analytics.rest;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?accountId=&from=&to=} of the endpoints about an account over a window of days; take it with
 * {@code @BeanParam WindowParams window}. KpiService.requireWindow checks it (all three given, from not after to).
 */
public class WindowParams {

    @QueryParam("accountId")
    @Parameter(description = "The account", required = true, example = "0b7e6f7c-3c1e-4c39-9d1e-6a0c8a2b9f10")
    String accountId;

    @QueryParam("from")
    @Parameter(description = "First day (inclusive, ISO date)", required = true, example = "2026-11-01")
    LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Last day (inclusive, ISO date)", required = true, example = "2026-11-30")
    LocalDate to;

    public String accountId() {
        return accountId;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}

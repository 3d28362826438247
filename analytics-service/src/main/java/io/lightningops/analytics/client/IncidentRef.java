package io.lightningops.analytics.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** As much of risk-service's incident as analytics keeps: its id and status. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentRef(String id, String status) {
}

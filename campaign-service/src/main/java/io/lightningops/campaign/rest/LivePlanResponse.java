package io.lightningops.campaign.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LivePlan", description = "The sessions a weekly plan scheduled")
public record LivePlanResponse(String planId, List<LiveSessionResponse> sessions) {
}

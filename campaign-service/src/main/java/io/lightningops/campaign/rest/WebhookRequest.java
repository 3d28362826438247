package io.lightningops.campaign.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest", description = "An endpoint of an agency and the events it wants")
public record WebhookRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "Where events are POSTed; http(s), resolving to a public address outside dev/test",
                example = "https://hooks.xinghe-mcn.example/lightning") String url,
        @NotEmpty @Size(max = 10)
        @Schema(description = "Wire names: partnership.created, partnership.status_changed, deliverable.created, "
                + "deliverable.submitted, deliverable.reviewed, xingtu_task.created, xingtu_task.updated",
                example = "[\"deliverable.reviewed\", \"partnership.status_changed\"]")
        List<@NotBlank String> eventTypes,
        @Size(max = 500) String description,
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "must be an agency key")
        @Schema(description = "Admin only: the agency it is for. A partner's subscriptions are always its own agency's.",
                example = "alpha") String agency,
        @Schema(description = "On update: false pauses deliveries (they stay pending); default true") Boolean active) {
}

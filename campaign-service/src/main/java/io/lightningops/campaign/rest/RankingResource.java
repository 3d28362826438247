package io.lightningops.campaign.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lightningops.campaign.service.EvaluationService;
import io.lightningops.campaign.service.PartnerFilter;
import io.lightningops.campaign.service.PartnerScoring;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.paging.PageParams;
import io.lightningops.defaults.security.Roles;

@Path("/api/partners/rankings")
@Tag(name = "Partner evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingResource {

    private final EvaluationService evaluations;
    private final PartnerScoring scoring;

    public RankingResource(EvaluationService evaluations, PartnerScoring scoring) {
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(operationId = "rankPartners", summary = "Rank partners by score",
            description = "Roles: admin, operator, analyst. Ranks evaluated partners (filtered by type, MCN, category, "
                    + "name) by their latest evaluation re-scored with the given weights (missing ones default), best "
                    + "first. With campaignId, an evaluation made for that campaign is preferred over a general one. "
                    + "A POST because it takes a body; it changes nothing.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RankingRequest.class),
            examples = @ExampleObject(name = "ranking", value = Examples.RANKING_REQUEST)))
    @APIResponse(responseCode = "200", description = "A page of ranked partners and the weights used",
            content = @Content(schema = @Schema(implementation = RankingResponse.class)))
    public RankingResponse rank(@Valid RankingRequest request, @Valid @BeanParam PageParams page) {
        RankingRequest r = request == null ? new RankingRequest(null, null, null, null, null, null) : request;
        PartnerFilter filter = new PartnerFilter(r.type(), null, Ids.parse("mcnId", r.mcnId()), r.category(), r.q());
        return evaluations.rank(Ids.parse("campaignId", r.campaignId()), scoring.weights(r.weights()), filter, page);
    }
}

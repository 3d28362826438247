package io.lightningops.campaign.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import io.lightningops.campaign.domain.Campaign;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.problem.ApiException;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    /** The id of a campaign a request refers to in {@code field}; {@code null} when it names none, 400 when none has it. */
    public UUID referenced(String field, String id) {
        UUID campaignId = Ids.parse(field, id);
        if (campaignId != null && findById(campaignId) == null) {
            throw ApiException.invalid(field, "no campaign has this id");
        }
        return campaignId;
    }
}

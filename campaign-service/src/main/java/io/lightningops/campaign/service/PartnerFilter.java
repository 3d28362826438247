package io.lightningops.campaign.service;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.lightningops.campaign.domain.PartnerType;
import io.lightningops.defaults.persistence.ListQuery;

/**
 * Which partners a list or a ranking covers; every field is optional. {@code nameContains} matches the name
 * without regard to case.
 */
public record PartnerFilter(PartnerType type, String agency, UUID mcnId, String category, String nameContains) {

    public static final PartnerFilter ALL = new PartnerFilter(null, null, null, null, null);

    /** The conditions on a {@code Partner} entity (HQL, no alias). */
    public ListQuery where() {
        return ListQuery.where()
                .and("type = :type", "type", type)
                .and("agency = :agency", "agency", agency)
                .and("mcnId = :mcnId", "mcnId", mcnId)
                .and("lower(category) = lower(:category)", "category", category)
                .and("lower(name) like :name", "name", namePattern());
    }

    /** The same conditions in SQL on the partners table under {@code alias}, appended to {@code where}. */
    public void nativeConditions(String alias, StringBuilder where, Map<String, Object> params) {
        condition(where, params, alias + ".type = :type", "type", type == null ? null : type.name());
        condition(where, params, alias + ".agency = :agency", "agency", blankToNull(agency));
        condition(where, params, alias + ".mcn_id = :mcnId", "mcnId", mcnId);
        condition(where, params, "lower(" + alias + ".category) = lower(:category)", "category", blankToNull(category));
        condition(where, params, "lower(" + alias + ".name) like :name", "name", namePattern());
    }

    private String namePattern() {
        return nameContains == null || nameContains.isBlank() ? null
                : "%" + nameContains.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package io.lightningops.defaults.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import io.lightningops.defaults.paging.Page;
import io.lightningops.defaults.paging.PageParams;

/**
 * A list endpoint's query: each optional filter the caller gave becomes a condition, the others are
 * left out, and the result is one page with the total of all matches.
 */
public final class ListQuery {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    private ListQuery() {
    }

    public static ListQuery where() {
        return new ListQuery();
    }

    /**
     * Adds {@code condition} (HQL naming {@code :name}) when {@code value} is given; a blank string
     * counts as not given, and a string is matched without surrounding white space.
     */
    public ListQuery and(String condition, String name, Object value) {
        Object bound = value instanceof String text ? (text.isBlank() ? null : text.strip()) : value;
        if (bound != null) {
            where.append(" and ").append(condition);
            parameters.and(name, bound);
        }
        return this;
    }

    /** One page of the matching entities, in {@code sort} order. */
    public <E> Page<E> page(PanacheRepositoryBase<E, ?> repository, Sort sort, PageParams page) {
        PanacheQuery<E> query = repository.find(where.toString(), sort, parameters);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }
}

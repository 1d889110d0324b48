package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a filtered, sorted, paged JPQL query and its count from optional criteria. Sorting is
 * limited to the fields the caller allows, so a client's sort parameter never reaches JPQL raw.
 */
final class JpqlSearch<T> {

    private final Class<T> type;
    private final String alias;
    private final String fetch;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    JpqlSearch(Class<T> type, String alias, String fetch) {
        this.type = type;
        this.alias = alias;
        this.fetch = fetch;
    }

    JpqlSearch<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    JpqlSearch<T> bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Adds the condition only when the value is present; the condition names it as :name. */
    JpqlSearch<T> where(String condition, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    JpqlSearch<T> whereText(String name, String text, String... fields) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> likes = new ArrayList<>();
        for (String field : fields) {
            likes.add("LOWER(" + field + ") LIKE :" + name);
        }
        conditions.add("(" + String.join(" OR ", likes) + ")");
        parameters.put(name, "%" + text.strip().toLowerCase() + "%");
        return this;
    }

    Page<T> page(EntityManager em, PageRequest request, Map<String, String> sortable, String defaultSort) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String sortField = sortable.getOrDefault(request.sortField(defaultSort), sortable.get(defaultSort));
        String order = " ORDER BY " + sortField + (request.descending() ? " DESC" : " ASC") + ", " + alias + ".id";
        TypedQuery<T> select = em.createQuery("SELECT " + alias + " FROM " + type.getSimpleName() + " " + alias
                + (fetch == null ? "" : " " + fetch) + where + order, type);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ") FROM " + type.getSimpleName() + " "
                + alias + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items = select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }
}

package dk.sammen.platform.readmodel;

import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One page of a read-model table, filtered by equality on the columns given a value: the list
 * query every service's read models answer.
 *
 * <p>Table, column and order names are code, never request input; they are checked anyway.
 */
public final class PagedQuery {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern ORDER_BY = Pattern.compile("[a-z0-9_]+( (ASC|DESC))?(, [a-z0-9_]+( (ASC|DESC))?)*");

    private PagedQuery() {
    }

    /**
     * @param filters column → value; a {@code null} value means "no filter on this column"
     * @param orderBy e.g. {@code opened_at DESC, course_id}; must make the order total for stable pages
     */
    public static <T> PageResponse<T> page(JdbcClient jdbc, String table, Map<String, ?> filters, String orderBy,
                                           RowMapper<T> rows, PageQuery page) {
        return page(jdbc, table, filters, Condition.NONE, orderBy, rows, page);
    }

    /**
     * A condition beyond equality, written in code (never from request input), with named parameters:
     * e.g. the rows a caller may see.
     */
    public record Condition(@Nullable String sql, Map<String, ?> params) {
        static final Condition NONE = new Condition(null, Map.of());
    }

    /** As {@link #page(JdbcClient, String, Map, String, RowMapper, PageQuery)}, and {@code condition} must hold too. */
    public static <T> PageResponse<T> page(JdbcClient jdbc, String table, Map<String, ?> filters, Condition condition,
                                           String orderBy, RowMapper<T> rows, PageQuery page) {
        checkIdentifier(table);
        if (!ORDER_BY.matcher(orderBy).matches()) {
            throw new IllegalArgumentException("Not an ORDER BY clause: " + orderBy);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        filters.forEach((column, value) -> {
            if (value != null) {
                params.put(checkIdentifier(column), value);
            }
        });
        List<String> conditions = new ArrayList<>(params.keySet().stream().map(column -> column + " = :" + column).toList());
        if (condition.sql() != null) {
            conditions.add("(" + condition.sql() + ")");
            params.putAll(condition.params());
        }
        String where = conditions.isEmpty() ? "" : conditions.stream().collect(Collectors.joining(" AND ", " WHERE ", ""));

        long total = jdbc.sql("SELECT count(*) FROM " + table + where).params(params).query(Long.class).single();
        List<T> items = jdbc.sql("SELECT * FROM " + table + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(rows).list();
        return page.of(items, total);
    }

    private static String checkIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an identifier: " + name);
        }
        return name;
    }
}

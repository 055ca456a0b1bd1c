package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.offers.offer.OfferEvents.OfferDrafted;
import dk.sammen.offers.offer.OfferEvents.OfferPublished;
import dk.sammen.offers.offer.OfferEvents.OfferResumed;
import dk.sammen.offers.offer.OfferEvents.OfferRetired;
import dk.sammen.offers.offer.OfferEvents.OfferSuspended;
import dk.sammen.platform.readmodel.JsonColumns;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The catalogue read model, kept from the event store: the current revision of each offer with a
 * Danish full-text index, and its places in use and wait-list from the referrals topic
 * ({@link ReferralLoad}). Rebuildable by replay.
 */
@Component
@ProcessingGroup("offer-view")
public class OfferProjection {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    OfferProjection(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(OfferDrafted event, @SequenceNumber long version) {
        keep(event.offerId(), 0, OfferStatus.DRAFT, event.details(), event.draftedAt(), version);
    }

    @EventHandler
    void on(OfferPublished event, @SequenceNumber long version) {
        OfferStatus status = jdbc.sql("SELECT status FROM offer_view WHERE offer_id = ?").param(event.offerId()).query(String.class)
                .optional().map(OfferStatus::valueOf).filter(s -> s == OfferStatus.SUSPENDED).orElse(OfferStatus.PUBLISHED);
        keep(event.offerId(), event.revision(), status, event.details(), event.publishedAt(), version);
        jdbc.sql("INSERT INTO offer_revision_price (offer_id, revision, price_per_month) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(event.offerId(), event.revision(), event.details().pricePerMonth()).update();
    }

    @EventHandler
    void on(OfferSuspended event, @SequenceNumber long version) {
        status(event.offerId(), OfferStatus.SUSPENDED, event.suspendedAt(), version);
    }

    @EventHandler
    void on(OfferResumed event, @SequenceNumber long version) {
        status(event.offerId(), OfferStatus.PUBLISHED, event.resumedAt(), version);
    }

    @EventHandler
    void on(OfferRetired event, @SequenceNumber long version) {
        status(event.offerId(), OfferStatus.RETIRED, event.retiredAt(), version);
    }

    private void keep(UUID offerId, int revision, OfferStatus status, OfferDetails details, Instant at, long version) {
        jdbc.sql("""
                        INSERT INTO offer_view (offer_id, revision, status, name, owning_centre, kind, need_categories, target_groups,
                            age_min, age_max, law, capacity, details, search_text, changed_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?)
                        ON CONFLICT (offer_id) DO UPDATE SET revision = EXCLUDED.revision, status = EXCLUDED.status, name = EXCLUDED.name,
                            owning_centre = EXCLUDED.owning_centre, kind = EXCLUDED.kind, need_categories = EXCLUDED.need_categories,
                            target_groups = EXCLUDED.target_groups, age_min = EXCLUDED.age_min, age_max = EXCLUDED.age_max,
                            law = EXCLUDED.law, capacity = EXCLUDED.capacity, details = EXCLUDED.details,
                            search_text = EXCLUDED.search_text, changed_at = EXCLUDED.changed_at, version = EXCLUDED.version
                        WHERE offer_view.version < EXCLUDED.version""")
                .params(offerId, revision, status.name(), details.name(), details.owningCentre().name(), details.kind().name(),
                        names(details.needCategories()), names(details.targetGroup().categories()), details.targetGroup().ageMin(),
                        details.targetGroup().ageMax(), details.legalBasis().law(), details.capacity(), json.write(details),
                        searchText(details), Timestamp.from(at), version)
                .update();
    }

    /** The words a caseworker may search for, beyond the name. */
    private static String searchText(OfferDetails details) {
        return String.join(" ", Stream.concat(Stream.of(details.description(), details.unit(), details.legalBasis().law(),
                        details.provider().name(), details.intensity(), details.criteria().relationsAndNetwork(),
                        details.criteria().empowerment(), details.criteria().individualAndFlexible()), details.communities().stream())
                .toList());
    }

    private void status(UUID offerId, OfferStatus status, Instant at, long version) {
        jdbc.sql("UPDATE offer_view SET status = ?, changed_at = ?, version = ? WHERE offer_id = ? AND version < ?")
                .params(status.name(), Timestamp.from(at), version, offerId, version).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM offer_view").update();
        jdbc.sql("DELETE FROM offer_revision_price").update();
    }

    /** The catalogue's query: full text in Danish (best match first) and a filter on every field that has one. */
    public record Search(String text, Centre centre, OfferKind kind, NeedCategory need, TargetGroup targetGroup, Integer age,
                         OfferStatus status) {
    }

    PageResponse<OfferView> search(Search search, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE status = :status");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("status", (search.status() == null ? OfferStatus.PUBLISHED : search.status()).name());
        boolean text = search.text() != null && !search.text().isBlank();
        if (text) {
            where.append(" AND search @@ websearch_to_tsquery('danish', :text)");
            params.put("text", search.text());
        }
        filter(where, params, "owning_centre = :centre", "centre", search.centre() == null ? null : search.centre().name());
        filter(where, params, "kind = :kind", "kind", search.kind() == null ? null : search.kind().name());
        filter(where, params, ":need = ANY(need_categories)", "need", search.need() == null ? null : search.need().name());
        filter(where, params, ":targetGroup = ANY(target_groups)", "targetGroup", search.targetGroup() == null ? null : search.targetGroup().name());
        filter(where, params, ":age BETWEEN age_min AND age_max", "age", search.age());
        long total = query("SELECT count(*) FROM offer_view" + where, params).query(Long.class).single();
        String order = text ? " ORDER BY ts_rank(search, websearch_to_tsquery('danish', :text)) DESC, name, offer_id" : " ORDER BY name, offer_id";
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<OfferView> items = query(SELECT + where + order + " LIMIT :limit OFFSET :offset", params).query(row()).list();
        return page.of(items, total);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String condition, String name, @Nullable Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    private JdbcClient.StatementSpec query(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Map.Entry<String, Object> param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement;
    }

    /**
     * Published offers for a young person's profile: those serving one of the needs, or whose words
     * match the goals, and fitting the age; ranked by the needs served, then the target group, then the words.
     */
    List<OfferView> match(int age, TargetGroup targetGroup, Collection<NeedCategory> needs, String goals, int limit) {
        String goalsQuery = goals == null || goals.isBlank() ? null : goals;
        Map<UUID, Double> goalRank = new java.util.HashMap<>();
        List<OfferView> candidates = jdbc.sql("""
                        SELECT candidate.*, ts_rank(candidate.search, plainto_tsquery('danish', COALESCE(CAST(:goals AS TEXT), '')))
                               AS goal_rank FROM (""" + SELECT + """
                        ) candidate WHERE status = 'PUBLISHED' AND :age BETWEEN age_min AND age_max
                          AND (need_categories && CAST(:needs AS TEXT[])
                               OR (CAST(:goals AS TEXT) IS NOT NULL AND search @@ plainto_tsquery('danish', :goals)))""")
                .param("age", age).param("needs", names(needs)).param("goals", goalsQuery)
                .query((rs, n) -> {
                    OfferView offer = read(rs);
                    goalRank.put(offer.offerId(), goalsQuery == null ? 0.0 : rs.getDouble("goal_rank"));
                    return offer;
                })
                .list();
        List<Scored> scored = new ArrayList<>();
        for (OfferView offer : candidates) {
            List<String> reasons = new ArrayList<>();
            List<NeedCategory> served = offer.details().needCategories().stream().filter(needs::contains).sorted().toList();
            double score = 3.0 * served.size();
            if (!served.isEmpty()) {
                reasons.add("serves " + served);
            }
            if (targetGroup != null && offer.details().targetGroup().categories().contains(targetGroup)) {
                score += 1;
                reasons.add("made for target group " + targetGroup);
            }
            reasons.add("age " + age + " is within " + offer.details().targetGroup().ageMin() + "-" + offer.details().targetGroup().ageMax());
            double rank = goalRank.getOrDefault(offer.offerId(), 0.0);
            if (rank > 0) {
                score += 2 * rank + 0.5;
                reasons.add("its description matches the goals");
            }
            if (offer.atCapacity()) {
                reasons.add("at capacity: " + offer.waitListLength() + " on the wait-list");
            }
            scored.add(new Scored(offer.because(List.copyOf(reasons)), score));
        }
        return scored.stream().sorted((a, b) -> Double.compare(b.score(), a.score())).limit(limit).map(Scored::offer).toList();
    }

    private record Scored(OfferView offer, double score) {
    }

    public Optional<OfferView> find(UUID offerId) {
        return jdbc.sql(SELECT + " WHERE offer_id = ?").param(offerId).query(row()).optional();
    }

    /** The named offers in the order asked for; an id the catalogue does not know is an error naming {@code field}. */
    List<OfferView> each(List<UUID> offerIds, String field) {
        Map<UUID, OfferView> found = new HashMap<>();
        jdbc.sql(SELECT + " WHERE offer_id = ANY(?)").param(offerIds.toArray(UUID[]::new)).query(row())
                .list().forEach(offer -> found.put(offer.offerId(), offer));
        return offerIds.stream().map(id -> Optional.ofNullable(found.get(id)).orElseThrow(() -> new UnknownIdException(field, id))).toList();
    }

    private static final String SELECT = """
            SELECT v.*, COALESCE(r.in_use, 0) AS in_use, COALESCE(r.waiting, 0) AS waiting FROM offer_view v
            LEFT JOIN (SELECT offer_id, count(*) FILTER (WHERE state IN ('ACCEPTED', 'STARTED')) AS in_use,
                              count(*) FILTER (WHERE state = 'WAIT_LISTED') AS waiting
                       FROM offer_referral GROUP BY offer_id) r USING (offer_id)""";

    private RowMapper<OfferView> row() {
        return (rs, n) -> read(rs);
    }

    private OfferView read(ResultSet rs) throws SQLException {
        OfferDetails details = json.read(rs.getString("details"), OfferDetails.class);
        int inUse = rs.getInt("in_use");
        return new OfferView(rs.getObject("offer_id", UUID.class), rs.getInt("revision"), OfferStatus.valueOf(rs.getString("status")),
                details, inUse, rs.getInt("waiting"), inUse >= details.capacity(), rs.getTimestamp("changed_at").toInstant(),
                List.of(), rs.getLong("version"));
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }


}

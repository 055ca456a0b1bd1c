package dk.sammen.offers.offer;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The catalogue read model, rebuildable by replaying the event store. */
@Component
@ProcessingGroup("offer-view")
class OfferProjection {

    private static final RowMapper<OfferView> ROW = (rs, n) -> new OfferView(
            rs.getObject("offer_id", UUID.class),
            rs.getInt("revision"),
            rs.getString("name"),
            rs.getString("description"),
            Centre.valueOf(rs.getString("owning_centre")),
            OfferKind.valueOf(rs.getString("kind")),
            needCategories(rs.getArray("need_categories")),
            OfferStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("published_at").toInstant(),
            rs.getLong("version"));

    private final JdbcClient jdbc;

    private static Set<NeedCategory> needCategories(java.sql.Array array) throws java.sql.SQLException {
        Set<NeedCategory> categories = EnumSet.noneOf(NeedCategory.class);
        for (Object name : (Object[]) array.getArray()) {
            categories.add(NeedCategory.valueOf((String) name));
        }
        return categories;
    }

    OfferProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OfferPublished event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO offer_view
                            (offer_id, revision, name, description, owning_centre, kind, need_categories, status, published_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (offer_id) DO NOTHING""")
                .params(event.offerId(), event.revision(), event.name(), event.description(), event.owningCentre().name(),
                        event.kind().name(), needCategories(event), OfferStatus.PUBLISHED.name(), Timestamp.from(event.publishedAt()), version)
                .update();
    }

    /** Offers published before need categories existed serve none that is known. */
    private static String[] needCategories(OfferPublished event) {
        return event.needCategories() == null ? new String[0]
                : event.needCategories().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM offer_view").update();
    }

    Optional<OfferView> find(UUID offerId) {
        return jdbc.sql("SELECT * FROM offer_view WHERE offer_id = ?").param(offerId).query(ROW).optional();
    }

    PageResponse<OfferView> list(Centre centre, OfferKind kind, PageQuery page) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("owning_centre", centre == null ? null : centre.name());
        filters.put("kind", kind == null ? null : kind.name());
        return PagedQuery.page(jdbc, "offer_view", filters, "name, offer_id", ROW, page);
    }
}

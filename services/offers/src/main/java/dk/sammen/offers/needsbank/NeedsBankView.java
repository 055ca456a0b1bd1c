package dk.sammen.offers.needsbank;

import dk.sammen.events.offers.NeedCategory;
import dk.sammen.offers.needsbank.NeedsBankEvents.BidAccepted;
import dk.sammen.offers.needsbank.NeedsBankEvents.BidSubmitted;
import dk.sammen.offers.needsbank.NeedsBankEvents.NeedPosted;
import dk.sammen.offers.offer.OfferDetails;
import dk.sammen.platform.readmodel.JsonColumns;
import dk.sammen.platform.web.Versioned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The needs bank as bidders and teams read it; rebuildable by replay. Bidders never see the course. */
@Component
@ProcessingGroup("needs-bank-view")
class NeedsBankView {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    NeedsBankView(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An open need as units see it to bid on: what is needed, and when; not whose. */
    record OpenNeed(UUID needId, Set<NeedCategory> needCategories, String goals, String constraints, LocalDate wantedFrom,
                    LocalDate wantedTo, int bids) {
    }

    record Bid(UUID bidId, OfferDetails solution, LocalDate startOn) {
    }

    /** A need as the team that posted it sees it, with the bids. */
    record PostedNeed(UUID needId, UUID courseId, Set<NeedCategory> needCategories, String goals, String constraints, LocalDate wantedFrom,
                      LocalDate wantedTo, List<Bid> bids, UUID acceptedBid, UUID offerId, long version) implements Versioned {
    }

    @EventHandler
    void on(NeedPosted event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO need_view (need_id, course_id, need_categories, goals, constraints, wanted_from, wanted_to, posted_at, version)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM erased_course WHERE course_id = ?)
                        ON CONFLICT (need_id) DO NOTHING""")
                .params(event.needId(), event.courseId(), event.needCategories().stream().map(Enum::name).sorted().toArray(String[]::new),
                        event.goals(), event.constraints(), event.wantedFrom(), event.wantedTo(), Timestamp.from(event.postedAt()), version,
                        event.courseId())
                .update();
    }

    @EventHandler
    void on(BidSubmitted event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO need_bid (bid_id, need_id, solution, start_on, submitted_at)
                        SELECT ?, need_id, CAST(? AS JSONB), ?, ? FROM need_view WHERE need_id = ?
                        ON CONFLICT (bid_id) DO NOTHING""")
                .params(event.bidId(), json.write(event.solution()), event.startOn(), Timestamp.from(event.submittedAt()), event.needId())
                .update();
        jdbc.sql("UPDATE need_view SET version = ? WHERE need_id = ? AND version < ?").params(version, event.needId(), version).update();
    }

    @EventHandler
    void on(BidAccepted event, @SequenceNumber long version) {
        jdbc.sql("UPDATE need_view SET accepted_bid = ?, offer_id = ?, version = ? WHERE need_id = ? AND version < ?")
                .params(event.bidId(), event.offerId(), version, event.needId(), version).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM need_bid").update();
        jdbc.sql("DELETE FROM need_view").update();
    }

    List<OpenNeed> open(NeedCategory need) {
        return jdbc.sql("""
                        SELECT v.*, (SELECT count(*) FROM need_bid b WHERE b.need_id = v.need_id) AS bids FROM need_view v
                        WHERE accepted_bid IS NULL AND (CAST(? AS TEXT) IS NULL OR ? = ANY(need_categories)) ORDER BY wanted_from, need_id""")
                .params(need == null ? null : need.name(), need == null ? null : need.name())
                .query((rs, n) -> new OpenNeed(rs.getObject("need_id", UUID.class), categories(rs.getArray("need_categories")),
                        rs.getString("goals"), rs.getString("constraints"), rs.getObject("wanted_from", LocalDate.class),
                        rs.getObject("wanted_to", LocalDate.class), rs.getInt("bids")))
                .list();
    }

    Optional<PostedNeed> posted(UUID needId) {
        List<Bid> bids = jdbc.sql("SELECT * FROM need_bid WHERE need_id = ? ORDER BY submitted_at, bid_id").param(needId)
                .query((rs, n) -> new Bid(rs.getObject("bid_id", UUID.class), json.read(rs.getString("solution"), OfferDetails.class), rs.getObject("start_on", LocalDate.class)))
                .list();
        return jdbc.sql("SELECT * FROM need_view WHERE need_id = ?").param(needId)
                .query((rs, n) -> new PostedNeed(needId, rs.getObject("course_id", UUID.class), categories(rs.getArray("need_categories")),
                        rs.getString("goals"), rs.getString("constraints"), rs.getObject("wanted_from", LocalDate.class),
                        rs.getObject("wanted_to", LocalDate.class), bids, rs.getObject("accepted_bid", UUID.class),
                        rs.getObject("offer_id", UUID.class), rs.getLong("version")))
                .optional();
    }

    private static Set<NeedCategory> categories(java.sql.Array array) throws java.sql.SQLException {
        Set<NeedCategory> categories = EnumSet.noneOf(NeedCategory.class);
        Arrays.stream((Object[]) array.getArray()).forEach(c -> categories.add(NeedCategory.valueOf((String) c)));
        return categories;
    }


}

package dk.sammen.offers.competence;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.Availability;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceAvailabilityChanged;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceRegistered;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceWithdrawn;
import dk.sammen.platform.readmodel.JsonColumns;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The competence bank read model: searchable in Danish and matchable to needs; rebuildable by replay. */
@Component
@ProcessingGroup("competence-view")
class CompetenceBank {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    CompetenceBank(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CompetenceRegistered event, @SequenceNumber long version) {
        CompetenceDetails d = event.details();
        jdbc.sql("""
                        INSERT INTO competence_view (competence_id, revision, centre, need_categories, availability, details, search_text, version)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?)
                        ON CONFLICT (competence_id) DO UPDATE SET revision = EXCLUDED.revision, centre = EXCLUDED.centre,
                            need_categories = EXCLUDED.need_categories, details = EXCLUDED.details, search_text = EXCLUDED.search_text,
                            version = EXCLUDED.version
                        WHERE competence_view.version < EXCLUDED.version""")
                .params(event.competenceId(), event.revision(), d.centre().name(),
                        d.needCategories().stream().map(Enum::name).sorted().toArray(String[]::new), event.availability().name(),
                        json.write(d), String.join(" ", d.title(), d.description(), d.holder(), String.join(" ", d.languages())), version)
                .update();
    }

    @EventHandler
    void on(CompetenceAvailabilityChanged event, @SequenceNumber long version) {
        jdbc.sql("UPDATE competence_view SET availability = ?, version = ? WHERE competence_id = ? AND version < ?")
                .params(event.availability().name(), version, event.competenceId(), version).update();
    }

    @EventHandler
    void on(CompetenceWithdrawn event, @SequenceNumber long version) {
        jdbc.sql("UPDATE competence_view SET withdrawn = TRUE, version = ? WHERE competence_id = ? AND version < ?")
                .params(version, event.competenceId(), version).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM competence_view").update();
    }

    Optional<CompetenceView> find(UUID competenceId) {
        return jdbc.sql("SELECT *, 0.0 AS rank FROM competence_view WHERE competence_id = ? AND NOT withdrawn")
                .param(competenceId).query(row()).optional();
    }

    /** Competences in the bank, best match of the words first, filtered on centre, need and availability. */
    List<CompetenceView> search(String text, Centre centre, NeedCategory need, Availability availability) {
        String query = text == null || text.isBlank() ? null : text;
        return jdbc.sql("""
                        SELECT *, ts_rank(search, websearch_to_tsquery('danish', COALESCE(CAST(:text AS TEXT), ''))) AS rank
                        FROM competence_view WHERE NOT withdrawn
                          AND (CAST(:text AS TEXT) IS NULL OR search @@ websearch_to_tsquery('danish', :text))
                          AND (CAST(:centre AS TEXT) IS NULL OR centre = :centre)
                          AND (CAST(:need AS TEXT) IS NULL OR :need = ANY(need_categories))
                          AND (CAST(:availability AS TEXT) IS NULL OR availability = :availability)
                        ORDER BY rank DESC, competence_id LIMIT 200""")
                .param("text", query).param("centre", centre == null ? null : centre.name())
                .param("need", need == null ? null : need.name()).param("availability", availability == null ? null : availability.name())
                .query(row()).list();
    }

    /** Available or limited competences answering one of the needs, the most needs answered first, each with its reasons. */
    List<CompetenceView> match(Collection<NeedCategory> needs, String language) {
        List<CompetenceView> found = jdbc.sql("""
                        SELECT *, 0.0 AS rank FROM competence_view
                        WHERE NOT withdrawn AND availability <> 'UNAVAILABLE' AND need_categories && CAST(? AS TEXT[])""")
                .param(needs.stream().map(Enum::name).toArray(String[]::new)).query(row()).list();
        List<CompetenceView> answered = new ArrayList<>();
        for (CompetenceView competence : found) {
            List<String> reasons = new ArrayList<>();
            List<NeedCategory> served = competence.details().needCategories().stream().filter(needs::contains).sorted().toList();
            reasons.add("answers " + served);
            boolean speaks = language != null && competence.details().languages().stream().anyMatch(l -> l.equalsIgnoreCase(language));
            if (speaks) {
                reasons.add("speaks " + language);
            }
            if (competence.availability() == Availability.LIMITED) {
                reasons.add("limited availability");
            }
            answered.add(new CompetenceView(competence.competenceId(), competence.revision(), competence.details(), competence.availability(),
                    List.copyOf(reasons), competence.version()));
        }
        answered.sort((a, b) -> Integer.compare(score(b, needs, language), score(a, needs, language)));
        return answered;
    }

    private static int score(CompetenceView competence, Collection<NeedCategory> needs, String language) {
        int served = (int) competence.details().needCategories().stream().filter(needs::contains).count();
        boolean speaks = language != null && competence.details().languages().stream().anyMatch(l -> l.equalsIgnoreCase(language));
        return served * 3 + (speaks ? 2 : 0) + (competence.availability() == Availability.AVAILABLE ? 1 : 0);
    }

    private RowMapper<CompetenceView> row() {
        return (rs, n) -> new CompetenceView(rs.getObject("competence_id", UUID.class), rs.getInt("revision"), json.read(rs.getString("details"), CompetenceDetails.class),
                Availability.valueOf(rs.getString("availability")), List.of(), rs.getLong("version"));
    }


}

package dk.sammen.analytics.access;

import dk.sammen.events.Centre;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose figures an aggregate counts: one centre's, or the whole municipality's. A course belongs
 * to the centre of its tovholder now (a handover moves it); a young person to every centre that
 * holds one of their courses (in the trajectories, to the one holding their first course); an
 * offer to the centre owning it in the catalogue. The fragments
 * below narrow a query to the centre and leave it as it is for the municipality.
 *
 * @param centre null for the whole municipality
 */
public record CentreScope(@Nullable Centre centre) {

    public static final CentreScope MUNICIPALITY = new CentreScope(null);

    public boolean isMunicipality() {
        return centre == null;
    }

    /** {@code AND column IN (the centre's courses)}. */
    public String courses(String courseIdColumn) {
        return isMunicipality() ? "" : " AND " + courseIdColumn + " IN (SELECT course_id FROM course_fact WHERE centre = :centre)";
    }

    /** {@code AND column IN (the young people with a course at the centre)}. */
    public String people(String citizenIdColumn) {
        return isMunicipality() ? "" : " AND " + citizenIdColumn + " IN (SELECT citizen_id FROM course_fact WHERE centre = :centre)";
    }

    /** {@code AND column IN (the underretninger about young people with a course at the centre)}. */
    public String underretninger(String underretningIdColumn) {
        return isMunicipality() ? "" : " AND " + underretningIdColumn + " IN (SELECT underretning_id FROM underretning_fact"
                + " WHERE citizen_id IN (SELECT citizen_id FROM course_fact WHERE centre = :centre))";
    }

    /** {@code AND column IN (the offers the centre owns)}. */
    public String offers(String offerIdColumn) {
        return isMunicipality() ? "" : " AND " + offerIdColumn + " IN (SELECT offer_id FROM offer_catalogue WHERE centre = :centre)";
    }

    /** Whether a row of this centre (by name) counts. */
    public boolean includes(String centreName) {
        return centre == null || centre.name().equals(centreName);
    }

    /** Binds {@code :centre} when the fragments use it. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return centre == null ? statement : statement.param("centre", centre.name());
    }
}

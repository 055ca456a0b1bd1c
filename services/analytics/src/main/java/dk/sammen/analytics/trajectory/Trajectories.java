package dk.sammen.analytics.trajectory;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sammen.analytics.access.CentreScope;
import dk.sammen.analytics.disclosure.Cell;
import dk.sammen.analytics.identity.PersonIds;
import dk.sammen.events.Centre;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Course trajectories: each young person's monthly state sequence from the start of their first
 * course, the transitions between states month to month, and the time to education or a job as
 * a survival curve, for everyone or by cohort, in the whole municipality or for the young people
 * whose first course a centre holds. Built at query time from the trajectory facts, so
 * any {@code asOf} in the past can be asked.
 */
@Component
class Trajectories {

    private final JdbcClient jdbc;
    private final PersonIds people;

    Trajectories(JdbcClient jdbc, PersonIds people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    record Sequence(UUID citizenId, UUID courseId, LocalDate start, List<Subject.Month> months) {
    }

    record GroupCurve(String group, KaplanMeier.Curve curve) {
    }

    /** @param centre whose young people these are; null for the whole municipality */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Survival(Cohort cohort, LocalDate asOf, @Nullable Centre centre, List<GroupCurve> groups) {
    }

    /** @param counts the month-to-month moves from {@code from}, by the state moved to (staying included) */
    record TransitionRow(TrajectoryState from, Cell total, Map<TrajectoryState, Cell> counts,
                         @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<TrajectoryState, Double> shares) {
    }

    record GroupTransitions(String group, Cell subjects, List<TransitionRow> rows) {
    }

    /** @param centre whose young people these are; null for the whole municipality */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Transitions(Cohort cohort, LocalDate asOf, @Nullable Centre centre, List<GroupTransitions> groups) {
    }

    /** @param citizenId the services' id of the young person */
    Optional<Sequence> sequenceOf(UUID citizenId, LocalDate asOf) {
        return subjects(asOf, people.of(citizenId), CentreScope.MUNICIPALITY).stream().findFirst()
                .map(s -> new Sequence(s.citizenId(), s.courseId(), s.start(), s.sequence(asOf)));
    }

    Survival survival(Cohort cohort, LocalDate asOf, CentreScope scope) {
        Map<String, List<KaplanMeier.Observation>> groups = new TreeMap<>();
        for (Subject subject : subjects(asOf, null, scope)) {
            subject.waitForEducationOrJob(asOf).ifPresent(observation -> cohort.groupsOf(subject)
                    .forEach(group -> groups.computeIfAbsent(group, g -> new ArrayList<>()).add(observation)));
        }
        return new Survival(cohort, asOf, scope.centre(), groups.entrySet().stream()
                .map(e -> new GroupCurve(e.getKey(), KaplanMeier.estimate(e.getValue()))).toList());
    }

    Transitions transitions(Cohort cohort, LocalDate asOf, CentreScope scope) {
        Map<String, long[][]> counts = new TreeMap<>();
        Map<String, Long> subjects = new HashMap<>();
        int states = TrajectoryState.values().length;
        for (Subject subject : subjects(asOf, null, scope)) {
            List<Subject.Month> months = subject.sequence(asOf);
            for (String group : cohort.groupsOf(subject)) {
                long[][] matrix = counts.computeIfAbsent(group, g -> new long[states][states]);
                subjects.merge(group, 1L, Long::sum);
                for (int i = 1; i < months.size(); i++) {
                    TrajectoryState from = months.get(i - 1).state();
                    TrajectoryState to = months.get(i).state();
                    if (from != null && to != null) {
                        matrix[from.ordinal()][to.ordinal()]++;
                    }
                }
            }
        }
        List<GroupTransitions> groups = new ArrayList<>();
        counts.forEach((group, matrix) -> {
            List<TransitionRow> rows = new ArrayList<>();
            for (TrajectoryState from : TrajectoryState.values()) {
                long total = 0;
                for (long count : matrix[from.ordinal()]) {
                    total += count;
                }
                Map<TrajectoryState, Cell> row = new EnumMap<>(TrajectoryState.class);
                Map<TrajectoryState, Double> shares = new EnumMap<>(TrajectoryState.class);
                List<Cell> cells = Cell.row(matrix[from.ordinal()]);
                Cell shownTotal = Cell.of(total);
                for (TrajectoryState to : TrajectoryState.values()) {
                    Cell cell = cells.get(to.ordinal());
                    row.put(to, cell);
                    // A share of a cell hidden beside the total would give it back (a hidden cell has no count).
                    Long count = cell.count();
                    shares.put(to, count == null || shownTotal.suppressed() || total == 0 ? null : (double) count / total);
                }
                rows.add(new TransitionRow(from, shownTotal, row, shares));
            }
            groups.add(new GroupTransitions(group, Cell.of(Objects.requireNonNull(subjects.get(group))), rows));
        });
        return new Transitions(cohort, asOf, scope.centre(), groups);
    }

    /**
     * Young people whose first course had become active by {@code asOf}, and is held by the
     * scope's centre; one of them if {@code only} is given.
     */
    private List<Subject> subjects(LocalDate asOf, @Nullable UUID only, CentreScope scope) {
        String filter = only == null ? "" : " AND c.citizen_id = :only";
        var params = new HashMap<String, Object>();
        params.put("asOf", asOf);
        if (only != null) {
            params.put("only", only);
        }
        record Start(UUID citizenId, UUID courseId, LocalDate start, String firstCentre, String centre, LocalDate birthMonth,
                     String targetGroup) {
        }
        List<Start> starts = jdbc.sql("""
                        SELECT DISTINCT ON (c.citizen_id) c.citizen_id, c.course_id, c.activated_on, c.first_centre, c.centre,
                               p.birth_month, p.target_group
                        FROM course_fact c JOIN citizen_profile p ON p.citizen_id = c.citizen_id
                        WHERE c.activated_on <= :asOf""" + filter + " ORDER BY c.citizen_id, c.activated_on, c.course_id")
                .params(params)
                .query((rs, n) -> new Start(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list().stream().filter(start -> scope.includes(start.centre())).toList();
        Map<UUID, List<Subject.Change>> changes = new HashMap<>();
        jdbc.sql("SELECT citizen_id, changed_on, state, track, completed_youth_education FROM occupation_change WHERE changed_on <= :asOf"
                        + (only == null ? "" : " AND citizen_id = :only") + " ORDER BY citizen_id, changed_on, recorded_at, event_id")
                .params(params)
                .query(rs -> {
                    changes.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new Subject.Change(
                            rs.getObject(2, LocalDate.class), TrajectoryState.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5)));
                });
        Map<UUID, List<Subject.OfferUse>> offers = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT o.course_id, coalesce(k.name, o.offer_id::text), o.started_on,
                               CASE WHEN o.ended_on <= :asOf THEN o.ended_on END
                        FROM offer_period o LEFT JOIN offer_catalogue k ON k.offer_id = o.offer_id
                        WHERE o.started_on <= :asOf ORDER BY o.course_id, o.started_on""")
                .params(params)
                .query(rs -> {
                    offers.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new Subject.OfferUse(
                            rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                });
        return starts.stream().map(s -> new Subject(s.citizenId(), s.birthMonth(), s.targetGroup(), s.courseId(), s.start(), s.firstCentre(),
                changes.getOrDefault(s.citizenId(), List.of()), offers.getOrDefault(s.courseId(), List.of()))).toList();
    }
}

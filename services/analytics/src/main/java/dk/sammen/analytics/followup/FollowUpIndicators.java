package dk.sammen.analytics.followup;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sammen.analytics.access.CentreScope;
import dk.sammen.analytics.disclosure.Cell;
import dk.sammen.events.Centre;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up indicators of seed 000 §4 ("from output to outcome") and the national 2030
 * targets (seed 002), for the young people analytics knows, in the whole municipality or one centre
 * ({@link CentreScope}). Every count that leaves is a {@link Cell}; a share is shown only when
 * both its counts are.
 */
@Component
class FollowUpIndicators {

    /** How far back the indicators that count events in a period look: the year up to {@code asOf}. */
    static final String PERIOD = "interval '12 months'";

    private static final String LATEST_STATE = """
            latest AS (SELECT DISTINCT ON (citizen_id) citizen_id, state FROM occupation_change WHERE changed_on <= :asOf
                       ORDER BY citizen_id, changed_on DESC, recorded_at DESC, event_id DESC)""";

    /**
     * The municipality's young people: everyone its registers report living here (the youth
     * database reports the whole age band), and everyone with a course, whom plans registered;
     * the registers' month of birth first where both know it.
     */
    private static final String POPULATION = """
            population AS (SELECT DISTINCT ON (citizen_id) citizen_id, birth_month
                           FROM (SELECT citizen_id, birth_month, 0 AS source FROM resident_profile
                                 UNION ALL SELECT citizen_id, birth_month, 1 FROM citizen_profile) known
                           ORDER BY citizen_id, source)""";

    private final JdbcClient jdbc;
    private final int baselineYear;

    FollowUpIndicators(JdbcClient jdbc, @Value("${sammen.analytics.targets.baseline-year}") int baselineYear) {
        this.jdbc = jdbc;
        this.baselineYear = baselineYear;
    }

    /** @param share part / whole, null when either count is suppressed */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Share(Cell part, Cell whole, @Nullable Double share) {
        static Share of(long part, long whole) {
            return new Share(Cell.of(part), Cell.of(whole), Cell.share(part, whole));
        }
    }

    /**
     * The targets are the municipality's, so they count its young people (the registers' population), not only those with a course;
     * a centre's figures count the young people with a course there.
     *
     * @param completedYouthEducationAt25   25-year-olds living here who have completed a youth education (target: at least 90 %)
     * @param neitherEducationNorJobUnder25 15-24-year-olds living here in neither education nor a job, a completed youth education
     *                                      without a job counting as neither (target: halved)
     * @param neitherEducationNorJobHalved  what "halved" is measured against
     * @param vocationalAfterGrade9         grade-school leavers in the last 12 months who went to a vocational school (target: at least 30 %)
     */
    record Targets2030(Share completedYouthEducationAt25, Share neitherEducationNorJobUnder25, Halving neitherEducationNorJobHalved,
                       Share vocationalAfterGrade9) {
    }

    /**
     * "Halved" from a baseline year: the share in neither education nor a job at that year's end, and half of it.
     *
     * @param baseline null while the baseline year has not ended by the day asked about
     * @param target   half the baseline's share; null when the baseline is not measured or its share suppressed
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Halving(int baselineYear, LocalDate measuredOn, @Nullable Share baseline, @Nullable Double target) {
    }

    /**
     * Notifications received in the 12 months up to the day.
     *
     * @param received                underretninger received in Sammen in the period, whose deadlines ran here
     * @param handledOutsideSystem    those of the period imported from before Sammen: no part of the times or the breaches
     * @param medianHoursToAssessment null when fewer than five were assessed
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ResponseTimes(Cell received, Cell handledOutsideSystem, Cell assessed, Share assessedWithin24Hours, @Nullable Double medianHoursToAssessment,
                         @Nullable Double p90HoursToAssessment, Cell deadlineBreaches) {
    }

    /** @param centre the centre whose figures these are; null for the whole municipality */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Indicators(LocalDate asOf, @Nullable Centre centre, Targets2030 targets2030, ResponseTimes responseTimes,
                      Share activeCoursesWithMeetingInLast12Weeks, Share agreementsFulfilled) {
    }

    /** @param baselineYear the year "halved" is measured from; the configured one when null */
    Indicators on(LocalDate asOf, CentreScope scope, @Nullable Integer baselineYear) {
        return new Indicators(asOf, scope.centre(), targets(asOf, scope, baselineYear == null ? this.baselineYear : baselineYear),
                responses(asOf, scope), meetingCadence(asOf, scope), agreements(asOf, scope));
    }

    private Targets2030 targets(LocalDate asOf, CentreScope scope, int baselineYear) {
        Share completed = share("""
                WITH %s, %s, completed AS (SELECT DISTINCT citizen_id FROM occupation_change WHERE changed_on <= :asOf AND completed_youth_education)
                SELECT count(c.citizen_id) AS part, count(*) AS whole
                FROM population p JOIN latest l ON l.citizen_id = p.citizen_id LEFT JOIN completed c ON c.citizen_id = p.citizen_id
                WHERE l.state <> 'MOVED_AWAY'
                  AND p.birth_month > :asOf - interval '26 years' AND p.birth_month <= :asOf - interval '25 years'""".formatted(POPULATION, LATEST_STATE)
                + scope.people("p.citizen_id"), asOf, scope);
        Share neither = neitherEducationNorJob(asOf, scope);
        LocalDate baselineDay = LocalDate.of(baselineYear, 12, 31);
        Share baseline = baselineDay.isBefore(asOf) ? neitherEducationNorJob(baselineDay, scope) : null;
        Double target = baseline == null || baseline.share() == null ? null : baseline.share() / 2;
        Share vocational = share("""
                WITH ordered AS (
                    SELECT citizen_id, changed_on, state, track,
                           lag(state) OVER (PARTITION BY citizen_id ORDER BY changed_on, recorded_at, event_id) AS previous
                    FROM occupation_change WHERE changed_on <= :asOf)
                SELECT count(*) FILTER (WHERE state = 'YOUTH_EDUCATION' AND track = 'VOCATIONAL') AS part, count(*) AS whole
                FROM ordered
                WHERE previous = 'GRADE_SCHOOL' AND state NOT IN ('GRADE_SCHOOL', 'MOVED_AWAY') AND changed_on > :asOf - %s"""
                .formatted(PERIOD) + scope.people("citizen_id"), asOf, scope);
        return new Targets2030(completed, neither, new Halving(baselineYear, baselineDay, baseline, target), vocational);
    }

    /** Completed a youth education and idle is neither in education nor in a job (seed 004's target group 3). */
    private Share neitherEducationNorJob(LocalDate asOf, CentreScope scope) {
        return share("""
                WITH %s, %s
                SELECT count(*) FILTER (WHERE l.state IN ('NEITHER_EDUCATION_NOR_JOB', 'COMPLETED_YOUTH_EDUCATION')) AS part, count(*) AS whole
                FROM population p JOIN latest l ON l.citizen_id = p.citizen_id
                WHERE l.state <> 'MOVED_AWAY'
                  AND p.birth_month > :asOf - interval '25 years' AND p.birth_month <= :asOf - interval '15 years'""".formatted(POPULATION, LATEST_STATE)
                + scope.people("p.citizen_id"), asOf, scope);
    }

    private ResponseTimes responses(LocalDate asOf, CentreScope scope) {
        return scope.bind(jdbc.sql("""
                        WITH received AS (
                            SELECT extract(epoch FROM assessed_at - received_at) / 3600 AS hours, coalesce(imported, false) AS imported
                            FROM underretning_fact
                            WHERE received_at::date <= :asOf AND received_at::date > :asOf - %s%s)
                        SELECT count(*) FILTER (WHERE NOT imported) AS received, count(*) FILTER (WHERE imported) AS imported,
                               count(hours) AS assessed, count(*) FILTER (WHERE hours <= 24) AS in_time,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median,
                               percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) AS p90,
                               (SELECT count(*) FROM deadline_breach b WHERE due_at::date <= :asOf AND due_at::date > :asOf - %s%s) AS breaches
                        FROM received""".formatted(PERIOD, scope.people("citizen_id"), PERIOD,
                        scope.underretninger("b.underretning_id"))))
                .param("asOf", asOf)
                .query((rs, n) -> {
                    long assessed = rs.getLong("assessed");
                    boolean shown = assessed >= Cell.SMALLEST_SHOWN;
                    return new ResponseTimes(Cell.of(rs.getLong("received")), Cell.of(rs.getLong("imported")), Cell.of(assessed),
                            Share.of(rs.getLong("in_time"), assessed), shown ? rs.getDouble("median") : null, shown ? rs.getDouble("p90") : null,
                            Cell.of(rs.getLong("breaches")));
                }).single();
    }

    private Share meetingCadence(LocalDate asOf, CentreScope scope) {
        return share("""
                SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM meeting_fact m WHERE m.course_id = c.course_id
                                                      AND m.held_on <= :asOf AND m.held_on > :asOf - 84)) AS part,
                       count(*) AS whole
                FROM course_fact c
                WHERE c.activated_on <= :asOf AND (c.closed_on IS NULL OR c.closed_on > :asOf)""" + scope.courses("c.course_id"), asOf, scope);
    }

    private Share agreements(LocalDate asOf, CentreScope scope) {
        return share("""
                SELECT count(*) FILTER (WHERE fulfilled) AS part, count(*) AS whole FROM agreement_fact
                WHERE followed_up_on <= :asOf AND followed_up_on > :asOf - %s""".formatted(PERIOD) + scope.courses("course_id"), asOf, scope);
    }

    private Share share(String sql, LocalDate asOf, CentreScope scope) {
        return scope.bind(jdbc.sql(sql)).param("asOf", asOf).query((rs, n) -> Share.of(rs.getLong("part"), rs.getLong("whole"))).single();
    }

    /**
     * Progression on one dimension in one quarter.
     *
     * @param meanScore the mean of the measurements on a 0-1 scale (each moved from its own scale), null when fewer than five courses
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProgressionQuarter(String quarter, String dimension, Cell measurements, Cell courses, @Nullable Double meanScore) {
    }

    List<ProgressionQuarter> progression(LocalDate from, LocalDate to, CentreScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT to_char(measured_on, 'YYYY-"Q"Q') AS quarter, dimension, count(*) AS measurements,
                               count(DISTINCT course_id) AS courses, avg(score) AS mean
                        FROM progression_fact WHERE measured_on BETWEEN :from AND :to%s
                        GROUP BY 1, 2 ORDER BY 1, 2""".formatted(scope.courses("course_id"))))
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    long courses = rs.getLong("courses");
                    return new ProgressionQuarter(rs.getString("quarter"), rs.getString("dimension"), Cell.of(rs.getLong("measurements")),
                            Cell.of(courses), courses >= Cell.SMALLEST_SHOWN ? rs.getDouble("mean") : null);
                }).list();
    }

    /**
     * The annual status of one offer: how many courses started it in the year, and how well-being
     * moved while it ran (the last measurement on or before its start to the last on or before its end).
     *
     * @param meanWellBeingChange on the 0-1 scale; null when fewer than five periods have both measurements
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OfferStatus(String offer, String centre, Cell coursesStarted, Cell coursesEnded, Cell measuredPeriods,
                       @Nullable Double meanWellBeingChange) {
    }

    /** The offers of the whole catalogue, or those the centre owns. */
    List<OfferStatus> offers(int year, CentreScope scope) {
        return scope.bind(jdbc.sql("""
                        WITH periods AS (
                            SELECT o.offer_id, o.course_id, o.ended_on,
                                   (SELECT score FROM progression_fact p WHERE p.course_id = o.course_id AND p.dimension = 'WELL_BEING'
                                      AND p.measured_on <= o.started_on ORDER BY measured_on DESC LIMIT 1) AS before,
                                   (SELECT score FROM progression_fact p WHERE p.course_id = o.course_id AND p.dimension = 'WELL_BEING'
                                      AND p.measured_on <= o.ended_on ORDER BY measured_on DESC LIMIT 1) AS after
                            FROM offer_period o WHERE extract(year FROM o.started_on) = :year%s)
                        SELECT coalesce(k.name, p.offer_id::text) AS offer, k.centre, count(DISTINCT p.course_id) AS started,
                               count(DISTINCT p.course_id) FILTER (WHERE p.ended_on IS NOT NULL) AS ended,
                               count(*) FILTER (WHERE p.before IS NOT NULL AND p.after IS NOT NULL AND p.ended_on IS NOT NULL) AS measured,
                               avg(p.after - p.before) FILTER (WHERE p.ended_on IS NOT NULL) AS change
                        FROM periods p LEFT JOIN offer_catalogue k ON k.offer_id = p.offer_id
                        GROUP BY 1, 2 ORDER BY 1""".formatted(scope.offers("o.offer_id"))))
                .param("year", year)
                .query((rs, n) -> {
                    long measured = rs.getLong("measured");
                    return new OfferStatus(rs.getString("offer"), rs.getString("centre"), Cell.of(rs.getLong("started")),
                            Cell.of(rs.getLong("ended")), Cell.of(measured), measured >= Cell.SMALLEST_SHOWN ? rs.getDouble("change") : null);
                }).list();
    }

    /**
     * What the courses' trial actions cost, by the year they were evaluated: the yearly cost of
     * what they replaced against what the new solution actually costs (the Maria case: about
     * 1,000,000 DKK before, 800,000 after).
     *
     * @param costBefore null (like every sum) when fewer than five trials were evaluated that year
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CostYear(int year, Cell trialsEvaluated, @Nullable Long costBefore, @Nullable Long costAfter) {
    }

    List<CostYear> costs(CentreScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT extract(year FROM evaluated_on)::int AS year, count(*) AS trials, sum(cost_before) AS before, sum(actual_cost) AS after
                        FROM trial_fact WHERE evaluated_on IS NOT NULL AND approved%s GROUP BY 1 ORDER BY 1""".formatted(scope.courses("course_id"))))
                .query((rs, n) -> {
                    long trials = rs.getLong("trials");
                    boolean shown = trials >= Cell.SMALLEST_SHOWN;
                    return new CostYear(rs.getInt("year"), Cell.of(trials), shown ? rs.getLong("before") : null, shown ? rs.getLong("after") : null);
                }).list();
    }

}

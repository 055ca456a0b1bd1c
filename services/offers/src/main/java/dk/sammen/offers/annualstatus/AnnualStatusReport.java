package dk.sammen.offers.annualstatus;

import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.offers.offer.OfferProjection;
import dk.sammen.offers.offer.OfferView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Computes the annual status of every offer used in a year, from the use and progression kept from events. */
@Component
class AnnualStatusReport {

    private final JdbcClient jdbc;
    private final OfferProjection offers;

    AnnualStatusReport(JdbcClient jdbc, OfferProjection offers) {
        this.jdbc = jdbc;
        this.offers = offers;
    }

    /** @param pricePerMonth what the revision the course started with cost; null when that revision's price is not known */
    private record Use(UUID courseId, UUID offerId, LocalDate from, LocalDate to, @Nullable Long pricePerMonth) {

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    List<AnnualStatus> of(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Use> uses = jdbc.sql("""
                        SELECT u.course_id, u.offer_id, GREATEST(u.started_on, ?) AS from_day, LEAST(COALESCE(u.ended_on, ?), ?) AS to_day,
                               p.price_per_month
                        FROM offer_use u LEFT JOIN offer_revision_price p ON p.offer_id = u.offer_id AND p.revision = u.revision
                        WHERE u.started_on <= ? AND (u.ended_on IS NULL OR u.ended_on >= ?)""")
                .params(first, last, last, last, first)
                .query((rs, n) -> new Use(rs.getObject("course_id", UUID.class), rs.getObject("offer_id", UUID.class),
                        rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class),
                        rs.getObject("price_per_month") == null ? null : rs.getLong("price_per_month")))
                .list();
        Map<UUID, List<Use>> byOffer = new LinkedHashMap<>();
        uses.forEach(use -> byOffer.computeIfAbsent(use.offerId(), id -> new ArrayList<>()).add(use));
        List<AnnualStatus> lines = new ArrayList<>();
        byOffer.forEach((offerId, used) -> {
            OfferView offer = offers.find(offerId).orElse(null);
            long days = used.stream().mapToLong(Use::days).sum();
            // Each course pays what the revision it started with cost (courses keep their revision); the current price
            // stands in only where that revision's price is not known.
            long current = offer == null ? 0 : offer.details().pricePerMonth();
            long cost = Math.round(used.stream()
                    .mapToDouble(u -> Objects.requireNonNullElse(u.pricePerMonth(), current) * u.days() / (365.25 / 12)).sum());
            Map<ProgressionDimension, List<Double>> changes = new EnumMap<>(ProgressionDimension.class);
            used.forEach(use -> progressionDuring(use).forEach((dimension, change) ->
                    changes.computeIfAbsent(dimension, d -> new ArrayList<>()).add(change)));
            Map<ProgressionDimension, Double> progression = new EnumMap<>(ProgressionDimension.class);
            changes.forEach((dimension, values) -> {
                if (values.size() >= AnnualStatus.SMALLEST_SHOWN) {
                    progression.put(dimension, Math.round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 1000) / 1000.0);
                }
            });
            int courses = (int) used.stream().map(Use::courseId).distinct().count();
            String name = offer == null ? "" : offer.details().name();
            String centre = offer == null ? "" : offer.details().owningCentre().name();
            lines.add(courses < AnnualStatus.SMALLEST_SHOWN
                    ? new AnnualStatus(offerId, name, centre, null, true, null, null, Map.of())
                    : new AnnualStatus(offerId, name, centre, courses, false, Math.round(10.0 * days / courses) / 10.0, cost, progression));
        });
        lines.sort((a, b) -> a.name().compareTo(b.name()));
        return lines;
    }

    /** Per dimension measured at least twice during the use: last minus first, as a share of the scale. */
    private Map<ProgressionDimension, Double> progressionDuring(Use use) {
        Map<ProgressionDimension, double[]> firstAndLast = new HashMap<>();
        jdbc.sql("""
                        SELECT dimension, (value - scale_min) / NULLIF(scale_max - scale_min, 0) AS share FROM course_progression
                        WHERE course_id = ? AND measured_on BETWEEN ? AND ? ORDER BY measured_on, measurement_id""")
                .params(use.courseId(), use.from(), use.to())
                .query((rs, n) -> {
                    ProgressionDimension dimension = ProgressionDimension.valueOf(rs.getString("dimension"));
                    double share = rs.getDouble("share");
                    firstAndLast.merge(dimension, new double[]{share, share, 1},
                            (earlier, now) -> new double[]{earlier[0], now[1], earlier[2] + 1});
                    return dimension;
                })
                .list();
        Map<ProgressionDimension, Double> changes = new EnumMap<>(ProgressionDimension.class);
        firstAndLast.forEach((dimension, values) -> {
            if (values[2] >= 2) {
                changes.put(dimension, values[1] - values[0]);
            }
        });
        return changes;
    }
}

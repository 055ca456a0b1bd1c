package dk.sammen.synthetic;

import dk.sammen.events.Centre;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.AgreementFollowedUpV1;
import dk.sammen.events.plans.AgreementMadeV1;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.events.plans.CitizenRegisteredV1;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseClosedV1;
import dk.sammen.events.plans.CourseOfferEndedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOfferStartedV1;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.CourseOutcome;
import dk.sammen.events.plans.GoalArea;
import dk.sammen.events.plans.GoalSetV1;
import dk.sammen.events.plans.MeetingHeldV1;
import dk.sammen.events.plans.ProgressionDimension;
import dk.sammen.events.plans.ProgressionMeasuredV1;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.events.plans.TrialActionDecidedV1;
import dk.sammen.events.plans.TrialActionEvaluatedV1;
import dk.sammen.events.plans.TrialActionProposedV1;
import dk.sammen.events.plans.TrialResult;
import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.DeadlineMissedV1;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.LegalDeadline;
import dk.sammen.events.referrals.MovedIntoMunicipalityV1;
import dk.sammen.events.referrals.MovedOutOfMunicipalityV1;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.events.referrals.OccupationReportedV1;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.events.referrals.SchoolAbsenceReportedV1;
import dk.sammen.events.referrals.UnderretningAssessedV1;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.events.referrals.YoungResidentKnownV1;
import dk.sammen.events.referrals.YouthEducationTrack;
import dk.sammen.synthetic.SyntheticMunicipality.Offer;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The history of one young person: first contact, perhaps a notification of concern, a course
 * and its meetings, agreements, offers and measurements, and then, month by month, what they
 * are occupied with until they reach education or a job, move away, or the history ends.
 */
final class YoungPersonHistory {

    private static final DateTimeFormatter BIRTH_MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final SyntheticMunicipality municipality;
    private final int number;
    private final SplittableRandom random;
    private final List<SyntheticEvent> events = new ArrayList<>();
    private final UUID citizenId;
    private final UUID courseId;
    private final UUID tovholderId;
    private int sequence;

    YoungPersonHistory(SyntheticMunicipality municipality, int number) {
        this.municipality = municipality;
        this.number = number;
        this.random = new SplittableRandom(municipality.seed() * 1_000_003L + number);
        this.citizenId = id("citizen");
        this.courseId = id("course");
        this.tovholderId = id("tovholder");
    }

    List<SyntheticEvent> events() {
        LocalDate end = municipality.end();
        long span = ChronoUnit.DAYS.between(municipality.firstDay(), end);
        LocalDate contact = municipality.firstDay().plusDays(60 + random.nextLong(Math.max(1, span - 120)));

        // The target-group mix of seed 004: mostly young people who need support towards an
        // education or a job; fewer pupils with high absence and unemployed after a non-qualifying
        // education; a few outside the target group on their own wish.
        double draw = random.nextDouble();
        TargetGroup group = draw < 0.15 ? TargetGroup.GRADE_7_9_WITH_ABSENCE
                : draw < 0.80 ? TargetGroup.SUPPORT_TOWARDS_EDUCATION_OR_JOB
                : draw < 0.95 ? TargetGroup.UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION
                : TargetGroup.OUTSIDE_TARGET_GROUP;
        int age = switch (group) {
            case GRADE_7_9_WITH_ABSENCE -> 13 + random.nextInt(3);
            case SUPPORT_TOWARDS_EDUCATION_OR_JOB -> 15 + random.nextInt(10);
            case UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION -> 19 + random.nextInt(11);
            case OUTSIDE_TARGET_GROUP -> 16 + random.nextInt(14);
        };
        LocalDate birth = contact.minusYears(age).minusDays(random.nextInt(365));

        // About 45 % of those in neither education nor a job moved here after turning 15 (seed 004).
        boolean movedHere = age >= 16 && random.nextDouble() < 0.3;
        if (movedHere) {
            LocalDate movedIn = later(municipality.firstDay(), contact.minusDays(30 + random.nextInt(700)));
            referrals(movedIn, new YoungResidentKnownV1(citizenId, BIRTH_MONTH.format(birth), movedIn, at(movedIn)));
            referrals(movedIn, new MovedIntoMunicipalityV1(citizenId, movedIn, at(movedIn)));
        }

        boolean completed = group == TargetGroup.UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION;
        Occupation occupation = switch (group) {
            case GRADE_7_9_WITH_ABSENCE -> Occupation.GRADE_SCHOOL;
            case SUPPORT_TOWARDS_EDUCATION_OR_JOB -> random.nextDouble() < 0.45 ? Occupation.YOUTH_EDUCATION : Occupation.NEITHER_EDUCATION_NOR_JOB;
            case UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION -> Occupation.NEITHER_EDUCATION_NOR_JOB;
            case OUTSIDE_TARGET_GROUP -> random.nextDouble() < 0.5 ? Occupation.YOUTH_EDUCATION : Occupation.NEITHER_EDUCATION_NOR_JOB;
        };
        YouthEducationTrack track = occupation == Occupation.YOUTH_EDUCATION ? track() : null;
        LocalDate reported = contact.minusDays(10 + random.nextInt(20));
        if (!movedHere) {
            // The youth database's report is the first signal with their date of birth.
            referrals(reported, new YoungResidentKnownV1(citizenId, BIRTH_MONTH.format(birth), reported, at(reported)));
        }
        occupation(reported, occupation, track, completed);
        if (group == TargetGroup.GRADE_7_9_WITH_ABSENCE) {
            referrals(reported, new SchoolAbsenceReportedV1(citizenId, 7 + Math.min(2, age - 13), 21 + random.nextInt(40), true,
                    reported, at(reported)));
        }

        if (random.nextDouble() < (group == TargetGroup.GRADE_7_9_WITH_ABSENCE ? 0.6 : 0.35)) {
            underretning(contact.minusDays(5 + random.nextInt(55)));
        }

        plans(contact, new CitizenRegisteredV1(citizenId, BIRTH_MONTH.format(birth), group, at(contact)));
        plans(contact, new CourseOpenedV1(courseId, citizenId, reason(group), at(contact)));
        if (random.nextDouble() < 0.05) {
            LocalDate declined = contact.plusDays(7 + random.nextInt(21));
            plans(declined, new CourseClosedV1(courseId, citizenId, CourseOutcome.DECLINED, at(declined)));
            return inOrder(end);
        }

        Centre centre = firstCentre(group);
        plans(contact.plusDays(2), new ConsentRecordedV1(courseId, citizenId, ConsentGiver.YOUNG_PERSON, null,
                Set.of(Centre.values()), at(contact.plusDays(2))));
        if (age < 18) {
            plans(contact.plusDays(2), new ConsentRecordedV1(courseId, citizenId, ConsentGiver.GUARDIAN, id("guardian"),
                    Set.of(Centre.values()), at(contact.plusDays(2))));
        }
        plans(contact.plusDays(3), new TovholderAssignedV1(courseId, tovholderId, centre, null, at(contact.plusDays(3))));
        plans(contact.plusDays(10), new GoalSetV1(courseId, id("goal"), GoalArea.GENERAL_COMMUNITY, 1, tovholderId,
                contact.plusMonths(12), at(contact.plusDays(10))));
        LocalDate activated = contact.plusDays(14 + random.nextInt(28));
        plans(activated, new CourseActivatedV1(courseId, citizenId, at(activated)));

        new Course(activated, centre, group, birth, occupation, completed).run(end);
        return inOrder(end);
    }

    /** What happens from the day a course becomes active until the history ends. */
    private final class Course {

        private final TargetGroup group;
        private final LocalDate birth;
        private final List<Running> running = new ArrayList<>();
        private final List<UUID> openAgreements = new ArrayList<>();
        private final Centre centre;
        private Occupation occupation;
        private boolean completed;
        private LocalDate day;
        private LocalDate nextMeeting;
        private @Nullable LocalDate closedOn;
        private @Nullable LocalDate educationStartedOn;
        private double wellBeing;
        private double attendance;

        private record Running(Offer offer, LocalDate endsOn) {
        }

        Course(LocalDate activated, Centre centre, TargetGroup group, LocalDate birth, Occupation occupation, boolean completed) {
            this.day = activated;
            this.centre = centre;
            this.group = group;
            this.birth = birth;
            this.occupation = occupation;
            this.completed = completed;
            this.nextMeeting = activated;
            this.wellBeing = 2 + random.nextInt(4);
            this.attendance = 40 + random.nextInt(40);
            if (occupation == Occupation.YOUTH_EDUCATION) {
                educationStartedOn = activated.minusMonths(random.nextInt(24));
            }
            startOffer(activated, offerOf(centre));
            if (random.nextDouble() < 0.03) {
                trialAction(activated.plusMonths(2));
            }
        }

        void run(LocalDate end) {
            for (; day.isBefore(end); day = day.plusMonths(1)) {
                LocalDate monthEnd = day.plusMonths(1);
                if (open()) {
                    offersThisMonth(monthEnd);
                    while (open() && nextMeeting.isBefore(monthEnd) && nextMeeting.isBefore(end)) {
                        meeting(nextMeeting);
                        nextMeeting = nextMeeting.plusDays(42 + random.nextInt(43));
                    }
                }
                LocalDate on = day.plusDays(random.nextInt(28));
                if (!on.isBefore(end)) {
                    break;
                }
                if (random.nextDouble() < 0.003) {
                    referrals(on, new MovedOutOfMunicipalityV1(citizenId, on, at(on)));
                    close(on, CourseOutcome.MOVED_AWAY);
                    return;
                }
                occupationThisMonth(on);
            }
        }

        private boolean open() {
            return closedOn == null;
        }

        private void offersThisMonth(LocalDate monthEnd) {
            for (Running offer : List.copyOf(running)) {
                if (offer.endsOn().isBefore(monthEnd)) {
                    endOffer(offer, offer.endsOn());
                    if (random.nextDouble() < 0.5) {
                        startOffer(offer.endsOn(), SyntheticMunicipality.OFFERS.get(random.nextInt(SyntheticMunicipality.OFFERS.size())));
                    }
                }
            }
            if (running.size() < 2 && random.nextDouble() < 0.08) {
                startOffer(day.plusDays(random.nextInt(28)), SyntheticMunicipality.OFFERS.get(random.nextInt(SyntheticMunicipality.OFFERS.size())));
            }
        }

        private void occupationThisMonth(LocalDate on) {
            double lift = running.stream().mapToDouble(r -> r.offer().lift()).sum();
            switch (occupation) {
                case GRADE_SCHOOL -> {
                    // Grade-9 leavers choose in August of the year they turn 16.
                    if (on.getMonthValue() == 8 && on.getYear() - birth.getYear() >= 16) {
                        if (random.nextDouble() < 0.7 + lift) {
                            startEducation(on, track());
                        } else {
                            report(on, Occupation.NEITHER_EDUCATION_NOR_JOB, null);
                        }
                    }
                }
                case NEITHER_EDUCATION_NOR_JOB -> {
                    double chance = (group == TargetGroup.UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION ? 0.02 : 0.025) + lift;
                    if (random.nextDouble() < chance) {
                        if (age(on) >= 20 && random.nextDouble() < 0.55) {
                            report(on, Occupation.JOB, null);
                            close(on.plusDays(20 + random.nextInt(40)), CourseOutcome.ORDINARY_JOB);
                        } else {
                            startEducation(on, track());
                        }
                    }
                }
                case YOUTH_EDUCATION -> {
                    if (random.nextDouble() < 0.012) {
                        report(on, Occupation.NEITHER_EDUCATION_NOR_JOB, null);
                    } else if (educationStartedOn != null && on.isAfter(educationStartedOn.plusYears(3)) && random.nextDouble() < 0.25) {
                        completed = true;
                        report(on, Occupation.COMPLETED_YOUTH_EDUCATION, null);
                        close(on.plusDays(14), CourseOutcome.COMPLETED_YOUTH_EDUCATION);
                    }
                }
                case COMPLETED_YOUTH_EDUCATION -> {
                    if (random.nextDouble() < 0.06) {
                        report(on, Occupation.JOB, null);
                    }
                }
                case JOB -> {
                    if (random.nextDouble() < 0.01) {
                        report(on, Occupation.NEITHER_EDUCATION_NOR_JOB, null);
                    }
                }
            }
        }

        private void startEducation(LocalDate on, YouthEducationTrack track) {
            educationStartedOn = on;
            report(on, Occupation.YOUTH_EDUCATION, track);
            if (open() && random.nextDouble() < 0.6) {
                close(on.plusDays(30 + random.nextInt(60)), CourseOutcome.STARTED_YOUTH_EDUCATION);
            }
        }

        private void report(LocalDate on, Occupation now, @Nullable YouthEducationTrack track) {
            occupation = now;
            occupation(on, now, track, completed);
        }

        private int age(LocalDate on) {
            return (int) ChronoUnit.YEARS.between(birth, on);
        }

        private void meeting(LocalDate on) {
            UUID meetingId = id("meeting", on.toString());
            for (UUID agreement : openAgreements) {
                plans(on, new AgreementFollowedUpV1(courseId, agreement, random.nextDouble() < 0.65, at(on)));
            }
            openAgreements.clear();
            int agreements = 1 + random.nextInt(3);
            plans(on, new MeetingHeldV1(courseId, meetingId, List.of(tovholderId), List.of(), 1, agreements, at(on)));
            for (int a = 0; a < agreements; a++) {
                UUID agreementId = id("agreement", on.toString(), String.valueOf(a));
                openAgreements.add(agreementId);
                plans(on, new AgreementMadeV1(courseId, agreementId, meetingId, a == 0 ? AgreementParty.YOUNG_PERSON : AgreementParty.TEAM_MEMBER,
                        a == 0 ? null : tovholderId, on.plusWeeks(6), at(on)));
            }
            double lift = running.stream().mapToDouble(r -> r.offer().lift()).sum();
            wellBeing = Math.max(1, Math.min(10, wellBeing + random.nextGaussian() * 0.6 + 20 * lift));
            measure(on, ProgressionDimension.WELL_BEING, 1, 10, Math.round(wellBeing));
            if (group == TargetGroup.GRADE_7_9_WITH_ABSENCE || occupation == Occupation.YOUTH_EDUCATION) {
                attendance = Math.max(0, Math.min(100, attendance + random.nextGaussian() * 6 + 300 * lift));
                measure(on, ProgressionDimension.ATTENDANCE, 0, 100, Math.round(attendance));
            }
        }

        private void measure(LocalDate on, ProgressionDimension dimension, double min, double max, double value) {
            plans(on, new ProgressionMeasuredV1(courseId, id("measurement", on.toString(), dimension.name()), dimension, min, max, value,
                    tovholderId, on, at(on)));
        }

        private void startOffer(LocalDate on, Offer offer) {
            if (running.stream().anyMatch(r -> r.offer().equals(offer))) {
                return;
            }
            LocalDate endsOn = on.plusMonths(3 + random.nextInt(10));
            running.add(new Running(offer, endsOn));
            plans(on, new CourseOfferStartedV1(courseId, municipality.offerId(offer), 1, offer.centre(), offer.needs(), on, at(on)));
        }

        private void endOffer(Running offer, LocalDate on) {
            running.remove(offer);
            plans(on, new CourseOfferEndedV1(courseId, municipality.offerId(offer.offer()), on, at(on)));
        }

        private void close(LocalDate on, CourseOutcome outcome) {
            if (!open()) {
                return;
            }
            for (Running offer : List.copyOf(running)) {
                endOffer(offer, on);
            }
            for (UUID agreement : openAgreements) {
                plans(on, new AgreementFollowedUpV1(courseId, agreement, random.nextDouble() < 0.65, at(on)));
            }
            openAgreements.clear();
            plans(on, new CourseClosedV1(courseId, citizenId, outcome, at(on)));
            closedOn = on;
        }

        /** The Maria kind of decision: a cheaper solution than the residential stay, evaluated after a year. */
        private void trialAction(LocalDate on) {
            UUID trialId = id("trial");
            long before = 900_000 + random.nextInt(200_000);
            long expected = before * (70 + random.nextInt(20)) / 100;
            plans(on, new TrialActionProposedV1(courseId, trialId, expected, before, at(on)));
            plans(on.plusDays(7), new TrialActionDecidedV1(courseId, trialId, true, at(on.plusDays(7))));
            plans(on.plusYears(1), new TrialActionEvaluatedV1(courseId, trialId, TrialResult.SUCCEEDED,
                    expected + random.nextInt(50_000), at(on.plusYears(1))));
        }

        private Offer offerOf(Centre centre) {
            List<Offer> own = SyntheticMunicipality.OFFERS.stream().filter(o -> o.centre() == centre).toList();
            return own.get(random.nextInt(own.size()));
        }
    }

    private void underretning(LocalDate on) {
        UUID underretningId = id("underretning");
        Instant received = at(on).plus(Duration.ofHours(8 + random.nextInt(8)));
        referrals(on, new UnderretningReceivedV1(underretningId, citizenId, ReporterKind.values()[random.nextInt(ReporterKind.values().length)],
                Set.of(ConcernCategory.values()[random.nextInt(ConcernCategory.values().length)]), IntakeChannel.DIGITAL_FORM, received));
        // Most are assessed within the 24 hours the law gives; some are not.
        boolean late = random.nextDouble() < 0.15;
        Instant assessed = received.plus(Duration.ofHours(late ? 26 + random.nextInt(100) : 1 + random.nextInt(22)));
        if (late) {
            Instant due = received.plus(Duration.ofHours(24));
            events.add(new SyntheticEvent(Topics.REFERRALS, id("event", String.valueOf(sequence++)).toString(), due,
                    new DeadlineMissedV1(underretningId, citizenId, LegalDeadline.ASSESSMENT, due, due)));
        }
        events.add(new SyntheticEvent(Topics.REFERRALS, id("event", String.valueOf(sequence++)).toString(), assessed,
                new UnderretningAssessedV1(underretningId, citizenId, false, false, late, assessed)));
    }

    private void occupation(LocalDate on, Occupation occupation, @Nullable YouthEducationTrack track, boolean completed) {
        referrals(on, new OccupationReportedV1(citizenId, occupation, track, completed || occupation == Occupation.COMPLETED_YOUTH_EDUCATION,
                on, at(on)));
    }

    /** The 2030 target is 30 % to a vocational school; today fewer choose it. */
    private YouthEducationTrack track() {
        double draw = random.nextDouble();
        return draw < 0.22 ? YouthEducationTrack.VOCATIONAL
                : draw < 0.70 ? YouthEducationTrack.GENERAL_UPPER_SECONDARY
                : draw < 0.95 ? YouthEducationTrack.PREPARATORY
                : YouthEducationTrack.SPECIAL_NEEDS;
    }

    private static CourseOfferReason reason(TargetGroup group) {
        return switch (group) {
            case GRADE_7_9_WITH_ABSENCE -> CourseOfferReason.HIGH_SCHOOL_ABSENCE;
            case SUPPORT_TOWARDS_EDUCATION_OR_JOB -> CourseOfferReason.PROFESSIONAL_RISK_INDICATORS;
            case UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION -> CourseOfferReason.LACK_OF_EXPECTED_PROGRESSION;
            case OUTSIDE_TARGET_GROUP -> CourseOfferReason.CITIZEN_WISH;
        };
    }

    private Centre firstCentre(TargetGroup group) {
        double draw = random.nextDouble();
        return switch (group) {
            case GRADE_7_9_WITH_ABSENCE -> draw < 0.8 ? Centre.C_BUR : Centre.C_SIK;
            case SUPPORT_TOWARDS_EDUCATION_OR_JOB -> draw < 0.6 ? Centre.C_ARB : draw < 0.8 ? Centre.C_BUR : draw < 0.9 ? Centre.C_SS : Centre.C_SIK;
            case UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION -> draw < 0.85 ? Centre.C_ARB : Centre.C_SS;
            case OUTSIDE_TARGET_GROUP -> Centre.values()[random.nextInt(Centre.values().length)];
        };
    }

    private void plans(LocalDate on, IntegrationEvent event) {
        events.add(new SyntheticEvent(Topics.PLANS, id("event", String.valueOf(sequence++)).toString(), at(on), event));
    }

    private void referrals(LocalDate on, IntegrationEvent event) {
        events.add(new SyntheticEvent(Topics.REFERRALS, id("event", String.valueOf(sequence++)).toString(), at(on), event));
    }

    /** Within the history, in time order; what would happen after its end has not happened yet. */
    private List<SyntheticEvent> inOrder(LocalDate end) {
        Instant cutOff = end.atStartOfDay().toInstant(ZoneOffset.UTC);
        return events.stream().filter(e -> e.time().isBefore(cutOff))
                .sorted(Comparator.comparing(SyntheticEvent::time)).toList();
    }

    private UUID id(String... parts) {
        String[] all = new String[parts.length + 1];
        all[0] = "young-person-" + number;
        System.arraycopy(parts, 0, all, 1, parts.length);
        return municipality.id(all);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}

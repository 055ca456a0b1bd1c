package dk.sammen.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferDraftedV1;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.offers.OfferPublishedV1;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.offers.OfferResumedV1;
import dk.sammen.events.offers.OfferRetiredV1;
import dk.sammen.events.offers.OfferSuspendedV1;
import dk.sammen.events.plans.*;
import dk.sammen.events.referrals.*;
import dk.sammen.events.referrals.MovedOutOfMunicipalityV1;
import dk.sammen.events.referrals.Occupation;
import dk.sammen.events.referrals.OccupationReportedV1;
import dk.sammen.events.referrals.YouthEducationTrack;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The records and their JSON Schemas are one contract: these tests keep them from drifting apart. */
class EventContractsTest {

    private static final Instant NOW = Instant.parse("2025-05-01T08:30:00Z");

    static Stream<IntegrationEvent> samples() {
        return Stream.of(
                new CourseOpenedV1(UUID.randomUUID(), UUID.randomUUID(), CourseOfferReason.HIGH_SCHOOL_ABSENCE, NOW),
                new CitizenRegisteredV1(UUID.randomUUID(), "2010-03", TargetGroup.GRADE_7_9_WITH_ABSENCE, NOW),
                new dk.sammen.events.plans.TargetGroupChangedV1(UUID.randomUUID(), TargetGroup.SUPPORT_TOWARDS_EDUCATION_OR_JOB,
                        TargetGroup.GRADE_7_9_WITH_ABSENCE, NOW),
                new FamilyRelationRegisteredV1(UUID.randomUUID(), UUID.randomUUID(), FamilyRelation.PARENT_OR_GUARDIAN, NOW),
                new dk.sammen.events.plans.PersonalDataErasedV1(UUID.randomUUID(), java.util.Set.of(UUID.randomUUID()),
                        dk.sammen.events.plans.ErasureBasis.REQUEST, NOW),
                new ConsentRecordedV1(UUID.randomUUID(), UUID.randomUUID(), ConsentGiver.GUARDIAN, UUID.randomUUID(),
                        EnumSet.of(Centre.C_BUR, Centre.C_SIK), NOW),
                new ConsentWithdrawnV1(UUID.randomUUID(), UUID.randomUUID(), ConsentGiver.YOUNG_PERSON, null, true, NOW),
                new CourseActivatedV1(UUID.randomUUID(), UUID.randomUUID(), NOW),
                new CourseClosedV1(UUID.randomUUID(), UUID.randomUUID(), CourseOutcome.ORDINARY_JOB, NOW),
                new TovholderAssignedV1(UUID.randomUUID(), UUID.randomUUID(), Centre.C_BUR, null, NOW),
                new TeamMemberAddedV1(UUID.randomUUID(), UUID.randomUUID(), TeamRole.TEACHER, TeamAffiliation.C_SIK, NOW),
                new TeamMemberRemovedV1(UUID.randomUUID(), UUID.randomUUID(), NOW),
                new GoalSetV1(UUID.randomUUID(), UUID.randomUUID(), GoalArea.GENERAL_COMMUNITY, 2, UUID.randomUUID(), null, NOW),
                new AspirationsDescribedV1(UUID.randomUUID(), NOW),
                new SubGoalAddedV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 6, 1), NOW),
                new SubGoalStatusChangedV1(UUID.randomUUID(), UUID.randomUUID(), SubGoalStatus.ACHIEVED, NOW),
                new MeetingScheduledV1(UUID.randomUUID(), UUID.randomUUID(), NOW.plusSeconds(86_400), List.of(UUID.randomUUID()), NOW),
                new MeetingHeldV1(UUID.randomUUID(), UUID.randomUUID(), List.of(UUID.randomUUID()), List.of(), 1, 2, NOW),
                new AgreementMadeV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), AgreementParty.YOUNG_PERSON, null,
                        LocalDate.of(2025, 6, 1), NOW),
                new AgreementFollowedUpV1(UUID.randomUUID(), UUID.randomUUID(), true, NOW),
                new ProgressionMeasuredV1(UUID.randomUUID(), UUID.randomUUID(), ProgressionDimension.ATTENDANCE, 0, 100, 87.5,
                        UUID.randomUUID(), LocalDate.of(2025, 5, 1), NOW),
                new PathStageReachedV1(UUID.randomUUID(), PathStage.WELL_BEING, NOW),
                new TrialActionProposedV1(UUID.randomUUID(), UUID.randomUUID(), 800_000, 1_000_000L, NOW),
                new TrialActionDecidedV1(UUID.randomUUID(), UUID.randomUUID(), true, NOW),
                new TrialActionEvaluatedV1(UUID.randomUUID(), UUID.randomUUID(), TrialResult.PARTLY_SUCCEEDED, 800_000, NOW),
                new TransitionPlannedV1(UUID.randomUUID(), UUID.randomUUID(), TransitionKind.CHILD_TO_ADULT, LocalDate.of(2026, 3, 7),
                        UUID.randomUUID(), NOW),
                new TransitionCompletedV1(UUID.randomUUID(), UUID.randomUUID(), NOW),
                new CourseOfferStartedV1(UUID.randomUUID(), UUID.randomUUID(), 2, Centre.C_SS, EnumSet.of(NeedCategory.HOUSING),
                        LocalDate.of(2024, 1, 1), NOW),
                new CourseOfferEndedV1(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2024, 6, 1), NOW),
                new DoubleOfferWarningRaisedV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of(UUID.randomUUID()),
                        EnumSet.of(NeedCategory.MENTAL_HEALTH), NOW),
                new DoubleOfferAcknowledgedV1(UUID.randomUUID(), UUID.randomUUID(), NOW),
                new AdultTransitionReminderRaisedV1(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 7), NOW),
                new dk.sammen.events.referrals.UnderretningImportedV1(UUID.randomUUID(), UUID.randomUUID(), ReporterKind.SCHOOL,
                        EnumSet.of(ConcernCategory.ABSENCE), IntakeChannel.EMAIL, NOW.minusSeconds(86_400 * 3650L), NOW),
                new UnderretningReceivedV1(UUID.randomUUID(), UUID.randomUUID(), ReporterKind.SCHOOL,
                        EnumSet.of(ConcernCategory.ABSENCE, ConcernCategory.WELL_BEING), IntakeChannel.DIGITAL_FORM, NOW),
                new UnderretningReceivedV1(UUID.randomUUID(), null, ReporterKind.PRIVATE_CITIZEN,
                        EnumSet.of(ConcernCategory.NEGLECT), IntakeChannel.PHONE, NOW),
                new UnderretningAssessedV1(UUID.randomUUID(), UUID.randomUUID(), false, false, true, NOW),
                new ReceiptSentV1(UUID.randomUUID(), null, false, NOW),
                new UnderretningDecidedV1(UUID.randomUUID(), UUID.randomUUID(), UnderretningDecision.INFORM_EXISTING_COURSE, UUID.randomUUID(), NOW),
                new FeedbackGivenV1(UUID.randomUUID(), UUID.randomUUID(), true, NOW),
                new IdentityResolvedV1(UUID.randomUUID(), UUID.randomUUID(), NOW),
                new DeadlineMissedV1(UUID.randomUUID(), null, LegalDeadline.ASSESSMENT, NOW, NOW.plusSeconds(1)),
                new FlaggedForCoordinatedCourseV1(UUID.randomUUID(), FlagReason.SEVERAL_SOURCES, 2, 2, 24, NOW),
                new EducationStatusReportedV1(UUID.randomUUID(), EducationStatus.DROPPED_OUT, LocalDate.of(2025, 1, 31), NOW),
                new SchoolAbsenceReportedV1(UUID.randomUUID(), 8, 35, true, LocalDate.of(2025, 3, 31), NOW),
                new MovedIntoMunicipalityV1(UUID.randomUUID(), LocalDate.of(2025, 2, 1), NOW),
                new MovedOutOfMunicipalityV1(UUID.randomUUID(), LocalDate.of(2026, 8, 1), NOW),
                new dk.sammen.events.referrals.ReferralPlaceOfferedV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NOW),
                new dk.sammen.events.offers.OfferPlacesSetV1(UUID.randomUUID(), 2, 12, NOW),
                new dk.sammen.events.referrals.YoungResidentKnownV1(UUID.randomUUID(), "2007-02", LocalDate.of(2025, 2, 1), NOW),
                new OccupationReportedV1(UUID.randomUUID(), Occupation.YOUTH_EDUCATION, YouthEducationTrack.VOCATIONAL, false,
                        LocalDate.of(2025, 8, 31), NOW),
                new OccupationReportedV1(UUID.randomUUID(), Occupation.JOB, null, true, LocalDate.of(2025, 8, 31), NOW),
                new FollowUpNeededV1(UUID.randomUUID(), FollowUpReason.DROPPED_OUT, NOW),
                new FollowedUpV1(UUID.randomUUID(), FollowUpAction.CONTACTED, NOW),
                new ReferredToOfferV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NOW),
                new ReferralAcceptedV1(UUID.randomUUID(), UUID.randomUUID(), NOW),
                new ReferralWaitListedV1(UUID.randomUUID(), UUID.randomUUID(), 3, NOW),
                new ReferralRejectedV1(UUID.randomUUID(), UUID.randomUUID(), NOW),
                new ReferralStartedV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 5, 1), NOW),
                new ReferralEndedV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 9, 1), NOW),
                new ReferralRevokedV1(UUID.randomUUID(), UUID.randomUUID(), NOW),
                new OfferPublishedV1(UUID.randomUUID(), 1, "Mentorstøtte", Centre.C_ARB, OfferKind.INDIVIDUAL_SUPPORT, NOW),
                new OfferPublishedV2(UUID.randomUUID(), 1, "Mentorstøtte", Centre.C_ARB, OfferKind.INDIVIDUAL_SUPPORT,
                        EnumSet.of(NeedCategory.EMPLOYMENT, NeedCategory.EVERYDAY_MASTERY), NOW),
                new OfferDraftedV1(UUID.randomUUID(), Centre.C_SS, OfferKind.HOUSING, NOW),
                new OfferSuspendedV1(UUID.randomUUID(), NOW),
                new OfferResumedV1(UUID.randomUUID(), NOW),
                new OfferRetiredV1(UUID.randomUUID(), NOW),
                new dk.sammen.events.offers.CompetenceRegisteredV1(UUID.randomUUID(), 1, Centre.C_BUR,
                        EnumSet.of(NeedCategory.MENTAL_HEALTH), dk.sammen.events.offers.Availability.AVAILABLE, NOW),
                new dk.sammen.events.offers.CompetenceAvailabilityChangedV1(UUID.randomUUID(), dk.sammen.events.offers.Availability.LIMITED, NOW),
                new dk.sammen.events.offers.CompetenceWithdrawnV1(UUID.randomUUID(), NOW),
                new dk.sammen.events.offers.NeedPostedV1(UUID.randomUUID(), EnumSet.of(NeedCategory.MENTAL_HEALTH),
                        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31), NOW),
                new dk.sammen.events.offers.BidSubmittedV1(UUID.randomUUID(), UUID.randomUUID(), Centre.C_SS, 8000, LocalDate.of(2025, 7, 1), NOW),
                new dk.sammen.events.offers.BidAcceptedV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        LocalDate.of(2025, 7, 1), NOW),
                new dk.sammen.events.audit.AccessRecordedV1("plans", 2, NOW, UUID.randomUUID().toString(), List.of("caseworker"),
                        UUID.randomUUID(), UUID.randomUUID(), "GET /courses/{courseId}", "/courses/" + UUID.randomUUID(), 200,
                        "EMERGENCY", true, "10.0.0.7", "0".repeat(64), "a".repeat(64)));
    }

    /** Consumers park a record whose type is not its topic owner's: every contract must be its own service's. */
    @Test
    void everyContractsTypeIsOfTheTopicItsServicePublishesOn() {
        for (Class<? extends IntegrationEvent> contract : EventContracts.all()) {
            String service = contract.getPackageName().substring("dk.sammen.events.".length());
            if (service.equals("audit")) {
                continue;
            }
            assertThat(EventContracts.typeOf(contract)).as(contract.getSimpleName())
                    .startsWith(Topics.typePrefixOf("sammen." + service));
        }
        assertThat(Topics.sourceOf(Topics.REFERRALS)).hasToString("/sammen/referrals");
    }

    @Test
    void everyContractHasASample() {
        Set<Class<?>> sampled = new HashSet<>();
        samples().forEach(event -> sampled.add(event.getClass()));
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(EventContracts.all());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aSampleConformsToItsSchemaAndSurvivesARoundTrip(IntegrationEvent event) {
        String type = EventContracts.typeOf(event.getClass());
        byte[] data = EventCodec.encode(event);

        assertThat(EventSchemas.violations(type, data)).isEmpty();
        assertThat(EventCodec.decode(data, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSchemaRejectsDataMissingARequiredField(IntegrationEvent event) {
        String type = EventContracts.typeOf(event.getClass());
        ObjectNode json = (ObjectNode) EventCodec.tree(EventCodec.encode(event));
        String firstField = json.fieldNames().next();
        json.remove(firstField);

        assertThat(EventSchemas.violations(type, json.toString().getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(message -> assertThat(message).contains(firstField));
    }

    @Test
    void everySchemaDescribesExactlyTheFieldsOfItsRecord() throws IOException {
        for (Class<? extends IntegrationEvent> contract : EventContracts.all()) {
            JsonNode schema = readSchema(EventContracts.typeOf(contract));
            List<String> components = Arrays.stream(contract.getRecordComponents()).map(RecordComponent::getName).toList();

            assertThat(fieldNames(schema.get("properties"))).as(contract.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(components);
            assertThat(schema.get("additionalProperties").asBoolean()).as(contract.getSimpleName()).isFalse();
            assertThat(schema.get("$id").asText()).isEqualTo(EventContracts.dataSchema(EventContracts.typeOf(contract)).toString());
        }
    }

    /**
     * A field the schema lets be null or absent is {@code @Nullable} in its record, and no other:
     * consumers in Java read the same promise NullAway checks as those reading the schema.
     */
    @Test
    void aFieldIsNullableInItsRecordExactlyWhereItsSchemaLetsItBeNullOrAbsent() throws IOException {
        List<String> schemaSays = new ArrayList<>();
        List<String> recordSays = new ArrayList<>();
        for (Class<? extends IntegrationEvent> contract : EventContracts.all()) {
            JsonNode schema = readSchema(EventContracts.typeOf(contract));
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            schema.get("properties").properties().forEach(property -> {
                JsonNode type = property.getValue().path("type");
                boolean nullable = !required.contains(property.getKey())
                        || type.isArray() && type.toString().contains("\"null\"");
                if (nullable) {
                    schemaSays.add(contract.getSimpleName() + "." + property.getKey());
                }
            });
            for (RecordComponent component : contract.getRecordComponents()) {
                if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    recordSays.add(contract.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(schemaSays).as("fields the schemas let be null or absent").hasSizeGreaterThan(10);
        assertThat(recordSays).containsExactlyInAnyOrderElementsOf(schemaSays);
    }

    @Test
    void enumValuesInSchemasMatchTheJavaEnums() throws IOException {
        for (Class<? extends IntegrationEvent> contract : EventContracts.all()) {
            JsonNode properties = readSchema(EventContracts.typeOf(contract)).get("properties");
            for (RecordComponent component : contract.getRecordComponents()) {
                Class<?> enumType = enumTypeOf(component.getGenericType());
                if (enumType == null) {
                    continue;
                }
                JsonNode property = properties.get(component.getName());
                JsonNode allowed = property.has("items") ? property.get("items").get("enum") : property.get("enum");
                List<String> constants = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                assertThat(values(allowed)).as(contract.getSimpleName() + "." + component.getName())
                        .containsExactlyInAnyOrderElementsOf(constants);
            }
        }
    }

    /**
     * Every date and time in every contract is held to the bounds the services' HTTP edge holds
     * requests to, and every amount to the largest one, so a schema and the edge cannot drift apart.
     */
    @Test
    void everyDateTimeAndAmountOfEveryContractStatesTheEdgeBounds() throws IOException {
        List<String> unbounded = new ArrayList<>();
        for (Class<? extends IntegrationEvent> contract : EventContracts.all()) {
            String type = EventContracts.typeOf(contract);
            collectUnbounded(type, readSchema(type), unbounded);
        }
        assertThat(unbounded).as("dates, times and amounts without the edge bounds").isEmpty();

        Pattern year = Pattern.compile(EventBounds.YEAR_PATTERN);
        assertThat(year.matcher(EventBounds.EARLIEST_DATE.toString()).find()).isTrue();
        assertThat(year.matcher(EventBounds.LATEST_DATE.toString()).find()).isTrue();
        assertThat(year.matcher(EventBounds.EARLIEST_DATE.minusDays(1).toString()).find()).isFalse();
        assertThat(year.matcher(EventBounds.LATEST_DATE.plusDays(1).toString()).find()).isFalse();
        assertThat(year.matcher("+6000000-01-01").find()).isFalse();
        assertThat(year.matcher("-5000-01-01").find()).isFalse();
        assertThat(year.matcher(EventBounds.LATEST_DATE + "T23:59:59Z").find()).isTrue();
    }

    private static void collectUnbounded(String where, JsonNode schema, List<String> unbounded) {
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            var property = properties.next();
            JsonNode value = property.getValue();
            String format = value.path("format").asText(value.path("items").path("format").asText(""));
            if (format.equals("date") || format.equals("date-time")) {
                String pattern = value.has("pattern") ? value.get("pattern").asText() : value.path("items").path("pattern").asText("");
                if (!pattern.equals(EventBounds.YEAR_PATTERN)) {
                    unbounded.add(where + "." + property.getKey() + " (" + format + ")");
                }
            }
            if (property.getKey().matches("(?i).*(cost|price|amount).*") && value.path("maximum").asLong(Long.MAX_VALUE) > EventBounds.LARGEST_AMOUNT) {
                unbounded.add(where + "." + property.getKey() + " (amount)");
            }
            collectUnbounded(where + "." + property.getKey(), value, unbounded);
            if (value.has("items")) {
                collectUnbounded(where + "." + property.getKey() + "[]", value.get("items"), unbounded);
            }
        }
    }

    @Test
    void typesAreVersionedAndUnique() {
        List<String> types = EventContracts.all().stream().map(EventContracts::typeOf).toList();
        assertThat(types).doesNotHaveDuplicates().allMatch(type -> type.matches("dk\\.sammen\\.[a-z]+\\.[a-z-]+\\.v\\d+"));
        types.forEach(type -> assertThat(EventContracts.classOf(type)).isPresent());
    }

    private static Class<?> enumTypeOf(Type type) {
        if (type instanceof Class<?> c && c.isEnum()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isEnum()) {
            return c;
        }
        return null;
    }

    private static JsonNode readSchema(String type) throws IOException {
        try (InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(EventContracts.schemaResource(type))) {
            assertThat(in).as("schema for " + type).isNotNull();
            return EventCodec.tree(in.readAllBytes());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        // A nullable enum lists null among its values; it is no constant of the Java enum.
        array.forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }
}

package dk.sammen.events;

import dk.sammen.events.audit.*;
import dk.sammen.events.offers.*;
import dk.sammen.events.plans.*;
import dk.sammen.events.referrals.*;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of every integration-event contract: its CloudEvent type, its record class and
 * where its JSON Schema lives. A new contract is added here and nowhere else.
 */
public final class EventContracts {

    private static final List<Class<? extends IntegrationEvent>> CONTRACTS = List.of(
            CourseOpenedV1.class,
            CitizenRegisteredV1.class,
            TargetGroupChangedV1.class,
            FamilyRelationRegisteredV1.class,
            PersonalDataErasedV1.class,
            ConsentRecordedV1.class,
            ConsentWithdrawnV1.class,
            CourseActivatedV1.class,
            CourseClosedV1.class,
            TovholderAssignedV1.class,
            TeamMemberAddedV1.class,
            TeamMemberRemovedV1.class,
            GoalSetV1.class,
            AspirationsDescribedV1.class,
            SubGoalAddedV1.class,
            SubGoalStatusChangedV1.class,
            MeetingScheduledV1.class,
            MeetingHeldV1.class,
            AgreementMadeV1.class,
            AgreementFollowedUpV1.class,
            ProgressionMeasuredV1.class,
            PathStageReachedV1.class,
            TrialActionProposedV1.class,
            TrialActionDecidedV1.class,
            TrialActionEvaluatedV1.class,
            TransitionPlannedV1.class,
            TransitionCompletedV1.class,
            AdultTransitionReminderRaisedV1.class,
            CourseOfferStartedV1.class,
            CourseOfferEndedV1.class,
            DoubleOfferWarningRaisedV1.class,
            DoubleOfferAcknowledgedV1.class,
            UnderretningReceivedV1.class,
            UnderretningImportedV1.class,
            UnderretningAssessedV1.class,
            ReceiptSentV1.class,
            UnderretningDecidedV1.class,
            FeedbackGivenV1.class,
            IdentityResolvedV1.class,
            DeadlineMissedV1.class,
            FlaggedForCoordinatedCourseV1.class,
            EducationStatusReportedV1.class,
            SchoolAbsenceReportedV1.class,
            MovedIntoMunicipalityV1.class,
            MovedOutOfMunicipalityV1.class,
            YoungResidentKnownV1.class,
            OccupationReportedV1.class,
            FollowUpNeededV1.class,
            FollowedUpV1.class,
            ReferredToOfferV1.class,
            ReferralAcceptedV1.class,
            ReferralWaitListedV1.class,
            ReferralPlaceOfferedV1.class,
            ReferralRejectedV1.class,
            ReferralStartedV1.class,
            ReferralEndedV1.class,
            ReferralRevokedV1.class,
            OfferPublishedV1.class,
            OfferPublishedV2.class,
            OfferPlacesSetV1.class,
            OfferDraftedV1.class,
            OfferSuspendedV1.class,
            OfferResumedV1.class,
            OfferRetiredV1.class,
            CompetenceRegisteredV1.class,
            CompetenceAvailabilityChangedV1.class,
            CompetenceWithdrawnV1.class,
            NeedPostedV1.class,
            BidSubmittedV1.class,
            BidAcceptedV1.class,
            AccessRecordedV1.class);

    private static final Map<String, Class<? extends IntegrationEvent>> BY_TYPE = CONTRACTS.stream()
            .collect(Collectors.toUnmodifiableMap(EventContracts::typeOf, Function.identity()));

    private EventContracts() {
    }

    public static List<Class<? extends IntegrationEvent>> all() {
        return CONTRACTS;
    }

    public static String typeOf(Class<? extends IntegrationEvent> contract) {
        EventType type = contract.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(contract.getName() + " has no @EventType");
        }
        return type.value();
    }

    public static Optional<Class<? extends IntegrationEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Classpath location of the JSON Schema for a CloudEvent type. */
    public static String schemaResource(String type) {
        return "schemas/" + type + ".json";
    }

    /**
     * The CloudEvent {@code dataschema}: a URN naming the schema, which resolves to
     * {@link #schemaResource(String)} in this module.
     */
    public static URI dataSchema(String type) {
        return URI.create("urn:sammen:schema:" + type);
    }
}

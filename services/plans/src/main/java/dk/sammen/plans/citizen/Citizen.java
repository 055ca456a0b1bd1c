package dk.sammen.plans.citizen;

import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** A registered person: a young person, or a family member whose course is seen with theirs. */
@Aggregate
public class Citizen {


    @AggregateIdentifier
    private UUID citizenId;
    private final Set<UUID> relatives = new HashSet<>();
    private boolean erased;
    // What deriving the target group again needs: the age, and the category until now.
    private @Nullable LocalDate birthDate;
    private @Nullable TargetGroup targetGroup;

    protected Citizen() {
        // For Axon, which rebuilds the citizen from its events.
    }

    @CommandHandler
    @SuppressWarnings("NullAway.Init") // its fields are set as Axon applies CitizenRegistered, here
    Citizen(RegisterCitizen command) {
        Instant now = GenericEventMessage.clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Denmark.ZONE);
        if (command.birthDate().isAfter(today)) {
            throw new DomainRuleViolation("born-in-the-past", "A date of birth cannot be in the future");
        }
        TargetGroupAssessment assessment = TargetGroupAssessment.of(command.situation(), Period.between(command.birthDate(), today).getYears());
        apply(new CitizenRegistered(command.citizenId(), command.birthDate(), command.situation(),
                assessment.category(), assessment.reason(), now));
    }

    @CommandHandler
    long handle(RelateFamilyMember command) {
        if (command.relatedCitizenId().equals(citizenId)) {
            throw new DomainRuleViolation("relation-to-self", "A person cannot be their own family member");
        }
        refuseIfErased();
        if (relatives.contains(command.relatedCitizenId())) {
            throw new DomainRuleViolation("already-related", "These two people are already related");
        }
        apply(new FamilyRelationRegistered(citizenId, command.relatedCitizenId(), command.relation(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    /** The target group follows the situation: derived again from the new one at the age the young person is today. */
    @CommandHandler
    long handle(UpdateSituation command) {
        refuseIfErased();
        Instant now = GenericEventMessage.clock.instant();
        LocalDate born = Objects.requireNonNull(birthDate, "a registered person's birth date");
        TargetGroupAssessment assessment = TargetGroupAssessment.of(command.situation(),
                Period.between(born, LocalDate.ofInstant(now, Denmark.ZONE)).getYears());
        apply(new SituationUpdated(citizenId, command.situation(), assessment.category(), assessment.reason(),
                Objects.requireNonNull(targetGroup, "a registered person's target group"), now));
        return getVersion();
    }

    /** Crypto-shredding: the purge itself runs as the event is stored (erasure.PersonalDataPurge). */
    @CommandHandler
    void handle(EraseCitizen command) {
        refuseIfErased();
        apply(new CitizenErased(citizenId, command.courseIds(), command.basis(), GenericEventMessage.clock.instant()));
    }

    private void refuseIfErased() {
        if (erased) {
            throw new DomainRuleViolation("erased", "This person's personal data was erased");
        }
    }

    @EventSourcingHandler
    void on(CitizenErased event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(CitizenRegistered event) {
        this.citizenId = event.citizenId();
        this.birthDate = event.birthDate();
        this.targetGroup = event.targetGroup();
    }

    @EventSourcingHandler
    void on(SituationUpdated event) {
        this.targetGroup = event.targetGroup();
    }

    @EventSourcingHandler
    void on(FamilyRelationRegistered event) {
        relatives.add(event.relatedCitizenId());
    }
}

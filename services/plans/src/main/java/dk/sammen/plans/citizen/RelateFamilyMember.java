package dk.sammen.plans.citizen;

import dk.sammen.events.plans.FamilyRelation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Record that another registered person is this citizen's parent/guardian, child or sibling. */
public record RelateFamilyMember(@TargetAggregateIdentifier UUID citizenId, UUID relatedCitizenId, FamilyRelation relation) {
}

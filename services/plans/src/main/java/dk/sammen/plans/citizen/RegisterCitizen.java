package dk.sammen.plans.citizen;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Register a person in the plans service. The CPR number and name go to the citizen register,
 * not into this command: the event store only ever sees the opaque id and the date of birth.
 */
public record RegisterCitizen(@TargetAggregateIdentifier UUID citizenId, LocalDate birthDate, Situation situation) {
}

package dk.sammen.offers.competence;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.Availability;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.offers.competence.CompetenceCommands.ChangeAvailability;
import dk.sammen.offers.competence.CompetenceCommands.RegisterCompetence;
import dk.sammen.offers.competence.CompetenceCommands.UpdateCompetence;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceAvailabilityChanged;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceRegistered;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceWithdrawn;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

class CompetenceTest {

    private final UUID competenceId = UUID.randomUUID();
    private final CompetenceDetails counsellor = new CompetenceDetails("Arabisktalende familiebehandler", "Familiebehandling på arabisk",
            "Familiehuset", Centre.C_BUR, Set.of(NeedCategory.FAMILY_SUPPORT), List.of("arabisk", "dansk"), "Via Familiehuset");
    private AggregateTestFixture<Competence> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Competence.class);
        now = fixture.currentTime();
    }

    @Test
    void aCompetenceIsRegisteredAndEachUpdateIsANewRevisionKeepingItsAvailability() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCompetence(competenceId, counsellor, Availability.LIMITED))
                .expectEvents(new CompetenceRegistered(competenceId, 1, counsellor, Availability.LIMITED, now));
        fixture.given(new CompetenceRegistered(competenceId, 1, counsellor, Availability.LIMITED, now))
                .when(new UpdateCompetence(competenceId, null, counsellor))
                .expectEvents(new CompetenceRegistered(competenceId, 2, counsellor, Availability.LIMITED, now));
    }

    @Test
    void availabilityChangesAndAWithdrawnCompetenceTakesNoChanges() {
        fixture.given(new CompetenceRegistered(competenceId, 1, counsellor, Availability.AVAILABLE, now))
                .when(new ChangeAvailability(competenceId, null, Availability.AVAILABLE))
                .expectException(DomainRuleViolation.class);
        fixture.given(new CompetenceRegistered(competenceId, 1, counsellor, Availability.AVAILABLE, now))
                .when(new ChangeAvailability(competenceId, null, Availability.UNAVAILABLE))
                .expectEvents(new CompetenceAvailabilityChanged(competenceId, Availability.UNAVAILABLE, now));
        fixture.given(new CompetenceRegistered(competenceId, 1, counsellor, Availability.AVAILABLE, now), new CompetenceWithdrawn(competenceId, now))
                .when(new UpdateCompetence(competenceId, null, counsellor))
                .expectException(DomainRuleViolation.class);
    }
}

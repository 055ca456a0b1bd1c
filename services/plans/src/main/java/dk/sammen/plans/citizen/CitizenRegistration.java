package dk.sammen.plans.citizen;

import dk.sammen.events.plans.FamilyRelation;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Registration is the one place that sees a CPR number: it claims the number in the citizen
 * register (one person, one registration) and registers the opaque citizen in the same transaction.
 */
@Service
class CitizenRegistration {

    private final JdbcClient jdbc;
    private final CommandGateway commands;

    CitizenRegistration(JdbcClient jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Transactional
    public void register(UUID citizenId, RegisterCitizenRequest request) {
        Cpr cpr = Cpr.parse(request.cpr());
        RegisterCitizenRequest.Contact contact = request.contact();
        int claimed = jdbc.sql("""
                        INSERT INTO citizen_identity (citizen_id, cpr, name, phone, email, address)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cpr) DO NOTHING""")
                .params(citizenId, cpr.digits(), request.name().strip(),
                        contact == null ? null : contact.phone(),
                        contact == null ? null : contact.email(),
                        contact == null ? null : contact.address())
                .update();
        if (claimed == 0) {
            throw new DomainRuleViolation("cpr-already-registered",
                    "A person with this CPR number is already registered; look them up instead");
        }
        commands.sendAndWait(new RegisterCitizen(citizenId, cpr.birthDate(), request.situation()));
    }

    public long relate(UUID citizenId, UUID relatedCitizenId, FamilyRelation relation) {
        requireRegistered("citizenId", citizenId);
        requireRegistered("relatedCitizenId", relatedCitizenId);
        return commands.sendAndWait(new RelateFamilyMember(citizenId, relatedCitizenId, relation));
    }

    public long updateSituation(UUID citizenId, @Nullable Long expectedVersion, Situation situation) {
        requireRegistered("citizenId", citizenId);
        return commands.sendAndWait(new UpdateSituation(citizenId, expectedVersion, situation));
    }

    private void requireRegistered(String field, UUID id) {
        boolean known = jdbc.sql("SELECT count(*) FROM citizen_identity WHERE citizen_id = ?").param(id).query(Long.class).single() > 0;
        if (!known) {
            throw new UnknownIdException(field, id);
        }
    }
}

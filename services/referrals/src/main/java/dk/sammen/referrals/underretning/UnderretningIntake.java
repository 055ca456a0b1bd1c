package dk.sammen.referrals.underretning;

import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.Cpr;
import dk.sammen.platform.readmodel.JsonColumns;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that sees CPR numbers and names: it keeps them in the intake register and gives
 * the underretning only pseudonymous ids, in the same transaction as the events.
 */
@Service
class UnderretningIntake {

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final CitizenPseudonyms pseudonyms;
    private final JsonColumns json;

    UnderretningIntake(JdbcClient jdbc, CommandGateway commands, CitizenPseudonyms pseudonyms, JsonColumns json) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.pseudonyms = pseudonyms;
        this.json = json;
    }

    @Transactional
    public void receive(UUID underretningId, ReceiveUnderretningRequest request) {
        if (request.handledOutsideSystem() && !Caller.current().map(caller -> caller.has(Role.INTAKE_WORKER)).orElse(false)) {
            // Anyone may report a concern; only intake says one was handled before Sammen and needs no assessment.
            throw new AccessDeniedException("Only intake imports an underretning handled outside the system");
        }
        Cpr child = request.child() == null || request.child().cpr() == null ? null : Cpr.parse(request.child().cpr());
        List<ReceiveUnderretningRequest.Guardian> guardians = Objects.requireNonNullElse(request.guardians(), List.of());
        Set<UUID> guardianIds = new LinkedHashSet<>();
        guardians.forEach(guardian -> guardianIds.add(pseudonyms.of(Cpr.parse(guardian.cpr()))));
        ReceiveUnderretningRequest.Reporter reporter = request.reporter();
        jdbc.sql("""
                        INSERT INTO underretning_identity (underretning_id, child_cpr, child_name, reporter_name, reporter_organisation,
                            reporter_phone, reporter_email, guardians) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))""")
                .params(underretningId, child == null ? null : child.digits(), request.child() == null ? null : request.child().name(),
                        reporter.anonymous() ? null : reporter.name(), reporter.organisation(),
                        reporter.anonymous() ? null : reporter.phone(), reporter.anonymous() ? null : reporter.email(),
                        json.write(guardians.stream().map(g -> Map.of("cpr", Cpr.parse(g.cpr()).digits(),
                                "name", Objects.requireNonNullElse(g.name(), ""))).toList()))
                .update();
        commands.sendAndWait(new UnderretningCommands.ReceiveUnderretning(underretningId,
                child == null ? null : pseudonyms.of(child), child == null ? null : child.birthDate(), guardianIds,
                reporter.kind(), reporter.anonymous(), request.childInformed(), request.guardiansInformed(),
                request.interpreterLanguage(), Objects.requireNonNullElse(request.otherAgencies(), List.of()), request.concerns(),
                request.description(), request.channel(), request.receivedAt(), request.handledOutsideSystem()));
    }

    @Transactional
    public long resolveIdentity(UUID underretningId, @Nullable Long expectedVersion, String cprNumber, String name) {
        Cpr cpr = Cpr.parse(cprNumber);
        int updated = jdbc.sql("UPDATE underretning_identity SET child_cpr = ?, child_name = ? WHERE underretning_id = ?")
                .params(cpr.digits(), name, underretningId).update();
        if (updated == 0) {
            throw new UnknownIdException("underretningId", underretningId);
        }
        return commands.sendAndWait(new UnderretningCommands.ResolveIdentity(underretningId, expectedVersion, pseudonyms.of(cpr),
                cpr.birthDate()));
    }

    /** The reporter's identity, for the intake roles that must see it (issue 7 restricts who may call this). */
    public java.util.Optional<ReporterIdentity> reporter(UUID underretningId) {
        return jdbc.sql("SELECT reporter_name, reporter_organisation, reporter_phone, reporter_email FROM underretning_identity WHERE underretning_id = ?")
                .param(underretningId)
                .query((rs, n) -> new ReporterIdentity(rs.getString("reporter_name"), rs.getString("reporter_organisation"),
                        rs.getString("reporter_phone"), rs.getString("reporter_email")))
                .optional();
    }

    public record ReporterIdentity(String name, String organisation, String phone, String email) {
    }

}

package dk.sammen.offers.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.offers.offer.OfferCommands;
import dk.sammen.offers.offer.OfferDetails;
import dk.sammen.platform.command.Fingerprint;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.web.FieldError;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Onboarding an existing catalogue: rows of {@code {catalogueKey, offer}}. Each row is checked on
 * its own and imported in its own transaction, so a bad row is reported (what is wrong, where)
 * and the rest is imported, and nothing is half-written. The key decides the offer's id and a
 * fingerprint of the row is kept, so importing the same file again changes nothing, and a changed
 * row becomes a new revision.
 */
@Service
public class CatalogueImport {

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Validator validator;
    private final ObjectMapper json;
    private final Fingerprint fingerprints;

    CatalogueImport(CommandGateway commands, JdbcClient jdbc, TransactionTemplate transaction, Validator validator, ObjectMapper json) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.validator = validator;
        this.json = json;
        this.fingerprints = new Fingerprint(json);
    }

    /** @param row 1-based, as a person counts the rows of a file */
    public record RejectedRow(int row, String catalogueKey, List<FieldError> errors) {
    }

    public record Report(int rows, int imported, int revised, int unchanged, List<RejectedRow> rejected) {
    }

    public Report importRows(List<JsonNode> rows) {
        int imported = 0;
        int revised = 0;
        int unchanged = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String key = row.path("catalogueKey").asText("").strip();
            List<FieldError> errors = new ArrayList<>();
            if (key.isEmpty() || key.length() > 100) {
                errors.add(new FieldError("catalogueKey", "must be 1-100 characters that name the offer in the old catalogue"));
            }
            OfferDetails details = null;
            try {
                details = json.treeToValue(row.path("offer"), OfferDetails.class);
                if (details == null) {
                    errors.add(new FieldError("offer", "must be given"));
                } else {
                    validator.validate(details).stream()
                            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                            .forEach(v -> errors.add(new FieldError("offer." + v.getPropertyPath(), v.getMessage())));
                }
            } catch (JsonProcessingException e) {
                errors.add(new FieldError("offer" + path(e), "has a value of the wrong type or an unknown field"));
            }
            if (!errors.isEmpty() || details == null) {
                rejected.add(new RejectedRow(i + 1, key, errors));
                continue;
            }
            try {
                switch (store(key, details)) {
                    case IMPORTED -> imported++;
                    case REVISED -> revised++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (DomainRuleViolation broken) {
                rejected.add(new RejectedRow(i + 1, key, List.of(new FieldError("offer", broken.rule() + ": " + broken.getMessage()))));
            }
        }
        return new Report(rows.size(), imported, revised, unchanged, List.copyOf(rejected));
    }

    private enum Outcome { IMPORTED, REVISED, UNCHANGED }

    private Outcome store(String key, OfferDetails details) {
        String fingerprint = fingerprints.of(details);
        return Objects.requireNonNull(transaction.execute(status -> {
            Optional<String> earlier = jdbc.sql("SELECT fingerprint FROM catalogue_import WHERE catalogue_key = ? FOR UPDATE")
                    .param(key).query(String.class).optional();
            UUID offerId = UUID.nameUUIDFromBytes(("catalogue:" + key).getBytes(StandardCharsets.UTF_8));
            if (earlier.isPresent() && earlier.get().equals(fingerprint)) {
                return Outcome.UNCHANGED;
            }
            if (earlier.isPresent()) {
                commands.sendAndWait(new OfferCommands.ReviseOffer(offerId, null, details));
                jdbc.sql("UPDATE catalogue_import SET fingerprint = ? WHERE catalogue_key = ?").params(fingerprint, key).update();
                return Outcome.REVISED;
            }
            commands.sendAndWait(new OfferCommands.DraftOffer(offerId, details));
            commands.sendAndWait(new OfferCommands.PublishOffer(offerId, null));
            jdbc.sql("INSERT INTO catalogue_import (catalogue_key, offer_id, fingerprint) VALUES (?, ?, ?)")
                    .params(key, offerId, fingerprint).update();
            return Outcome.IMPORTED;
        }));
    }


    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            mapping.getPath().forEach(reference -> path.append(reference.getFieldName() != null
                    ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]"));
            return path.toString();
        }
        return "";
    }

}

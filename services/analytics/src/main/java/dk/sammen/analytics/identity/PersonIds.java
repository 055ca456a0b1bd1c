package dk.sammen.analytics.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.sammen.platform.identity.KeyedIds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Analytics' own ids for people. The services call a young person by a keyed hash of their CPR
 * number, so anyone holding that key (plans and referrals do) and a birth month could find which
 * of analytics' rows, or which id in {@code erased_citizen}, is whose. Analytics therefore stores
 * no person by the services' id: every id of a person in an event (the young person, a relative,
 * a guardian, a team member, who may be the young person too) is replaced as it is read from the
 * log by a keyed hash of it under a key only analytics holds ({@code sammen.analytics.person-id-key}).
 * The same person gets the same id in every projection and every rebuild; a caller who asks
 * about a young person by the services' id is answered through the same hash.
 */
@Component
public class PersonIds {

    /** The key in analytics' defaults: for tests and the local stack only. */
    static final String DEVELOPMENT_KEY = "sammen-development-analytics-person-id-key-not-for-production";

    /** The fields of the contracts that name a person (a single id or a list of them). */
    static final Set<String> PERSON_FIELDS = Set.of("citizenId", "relatedCitizenId", "guardianId", "memberId", "tovholderId",
            "previousTovholderId", "responsibleId", "ownerId", "measuredBy", "partyMemberId", "invitedMemberIds",
            "attendedMemberIds", "absentMemberIds");

    private final KeyedIds ids;

    @Autowired
    PersonIds(@Value("${sammen.analytics.person-id-key}") String key,
              @Value("${sammen.allow-development-keys:false}") boolean allowDevelopmentKeys, JdbcClient jdbc) {
        this(key, allowDevelopmentKeys);
        requireTheKeyTheTablesWereMadeWith(jdbc);
    }

    PersonIds(String key, boolean allowDevelopmentKeys) {
        if (DEVELOPMENT_KEY.equals(key) && !allowDevelopmentKeys) {
            throw new IllegalStateException("sammen.analytics.person-id-key is the development key; set SAMMEN_ANALYTICS_PERSON_ID_KEY "
                    + "(or mount it under /run/secrets/sammen/), or sammen.allow-development-keys=true on a development stack");
        }
        this.ids = new KeyedIds(key, "sammen.analytics.person-id-key");
    }

    /**
     * The first analytics to start records which key it made ids with (a keyed hash of a fixed
     * text); one started with another key refuses to run rather than give the same people other
     * ids in the same tables. Changing the key means emptying the tables and rebuilding from the log.
     */
    private void requireTheKeyTheTablesWereMadeWith(JdbcClient jdbc) {
        String fingerprint = ids.of("sammen.analytics.person-id-key").toString();
        jdbc.sql("INSERT INTO person_id_key (fingerprint) VALUES (?) ON CONFLICT DO NOTHING").param(fingerprint).update();
        String recorded = jdbc.sql("SELECT fingerprint FROM person_id_key").query(String.class).single();
        if (!recorded.equals(fingerprint)) {
            throw new IllegalStateException("sammen.analytics.person-id-key is not the key analytics' tables were made with; "
                    + "give it the key it had, or empty the projections and person_id_key and rebuild from the log");
        }
    }

    /** Analytics' id of the person the services call {@code id}. */
    public UUID of(UUID id) {
        return ids.of(id.toString());
    }

    /**
     * An event as analytics keeps it: its data with every person named by analytics' id (changed
     * in place: the tree is the one just read from the record), and its subject too when that is
     * one of them.
     */
    public Renamed rename(JsonNode data, @Nullable String subject) {
        if (!(data instanceof ObjectNode object)) {
            return new Renamed(data, subject);
        }
        Map<String, String> renamed = new HashMap<>();
        rename(object, renamed);
        return new Renamed(object, renamed.getOrDefault(subject, subject));
    }

    public record Renamed(JsonNode data, @Nullable String subject) {
    }

    private void rename(ObjectNode object, Map<String, String> renamed) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode value = field.getValue();
            if (PERSON_FIELDS.contains(field.getKey())) {
                if (value.isTextual()) {
                    field.setValue(renamedId(value.asText(), renamed));
                } else if (value instanceof ArrayNode list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i).isTextual()) {
                            list.set(i, renamedId(list.get(i).asText(), renamed));
                        }
                    }
                }
            } else if (value instanceof ObjectNode part) {
                rename(part, renamed);
            } else if (value instanceof ArrayNode list) {
                list.forEach(item -> {
                    if (item instanceof ObjectNode part) {
                        rename(part, renamed);
                    }
                });
            }
        }
    }

    private TextNode renamedId(String id, Map<String, String> renamed) {
        try {
            String ours = of(UUID.fromString(id)).toString();
            renamed.put(id, ours);
            return TextNode.valueOf(ours);
        } catch (IllegalArgumentException notAnId) {
            return TextNode.valueOf(id); // the contract refuses it anyway; keep what came
        }
    }
}

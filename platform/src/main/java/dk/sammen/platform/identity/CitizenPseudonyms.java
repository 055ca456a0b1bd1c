package dk.sammen.platform.identity;

import java.util.UUID;

/**
 * The opaque id every service gives the person behind a CPR number: a keyed hash (HMAC-SHA256)
 * of the number under the municipality's pseudonym key, shaped as a UUID. Services that meet the
 * same person (the plans service registering a young person, the referrals service receiving an
 * underretning about them) arrive at the same id without ever sending the CPR number to each
 * other; without the key the id cannot be traced back to the number (GDPR art. 4(5)).
 */
public final class CitizenPseudonyms {

    private final KeyedIds ids;

    public CitizenPseudonyms(String key) {
        this.ids = new KeyedIds(key, "The citizen pseudonym key");
    }

    public UUID of(Cpr cpr) {
        return ids.of(cpr.digits()); // ten ASCII digits: the same bytes in UTF-8
    }
}

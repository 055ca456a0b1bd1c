package dk.sammen.platform.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class IdentityAutoConfiguration {

    /** The key in plans' and referrals' defaults: for tests and the local stack only. */
    static final String DEVELOPMENT_KEY = "sammen-development-pseudonym-key-not-for-production";

    /**
     * The key comes from {@code sammen.citizen-pseudonym-key}: a secret in production, shared by
     * the two services that take CPR numbers (plans and referrals) and held by no other: with it
     * and a birth month a pseudonym is turned back into a CPR number, so analytics and offers
     * have neither the key nor this bean. A service started with the development key refuses to run unless told it is a
     * development stack ({@code sammen.allow-development-keys}): with a key anyone can read in the
     * repository, anyone could compute a young person's pseudonym from their CPR number.
     */
    @Bean
    @ConditionalOnProperty("sammen.citizen-pseudonym-key")
    CitizenPseudonyms citizenPseudonyms(@Value("${sammen.citizen-pseudonym-key}") String key,
                                        @Value("${sammen.allow-development-keys:false}") boolean allowDevelopmentKeys) {
        if (DEVELOPMENT_KEY.equals(key) && !allowDevelopmentKeys) {
            throw new IllegalStateException("sammen.citizen-pseudonym-key is the development key; set SAMMEN_CITIZEN_PSEUDONYM_KEY "
                    + "(or mount it under /run/secrets/sammen/), or sammen.allow-development-keys=true on a development stack");
        }
        return new CitizenPseudonyms(key);
    }
}

package dk.sammen.platform.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class IdentityAutoConfiguration {

    /** The key comes from {@code sammen.citizen-pseudonym-key}: a secret in production, shared by all services. */
    @Bean
    CitizenPseudonyms citizenPseudonyms(@Value("${sammen.citizen-pseudonym-key}") String key) {
        return new CitizenPseudonyms(key);
    }
}

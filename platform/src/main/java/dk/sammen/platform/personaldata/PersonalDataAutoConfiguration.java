package dk.sammen.platform.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import dk.sammen.platform.PlatformMigrations;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.GeneralSecurityException;
import javax.sql.DataSource;

/**
 * Crypto-shredding in the services that store events: the data keys, and the event serializer
 * that encrypts {@link PersonalData} fields with them (a copy of the application's mapper, so
 * the HTTP API and the read models are untouched).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass(JacksonSerializer.class)
@ConditionalOnBean(DataSource.class)
public class PersonalDataAutoConfiguration {

    static final String MIGRATIONS = "classpath:db/personaldata";
    /** The master keyset in the platform's defaults: for tests and the local stack only. */
    static final String DEVELOPMENT_KEY_ID = "3678827602";

    @Bean
    FlywayConfigurationCustomizer dataKeyMigrations() {
        return PlatformMigrations.adding(MIGRATIONS, false);
    }

    /**
     * The master key: a Tink AES-256-GCM keyset in JSON ({@code sammen.personal-data.master-keyset},
     * from the environment or a mounted Secret), which wraps every data key. Refused if it is the
     * development keyset and the stack is not a development one.
     */
    @Bean
    DataKeys dataKeys(JdbcClient jdbc, @Value("${sammen.personal-data.master-keyset}") String masterKeyset,
                      @Value("${sammen.allow-development-keys:false}") boolean allowDevelopmentKeys) throws GeneralSecurityException {
        AeadConfig.register();
        if (masterKeyset.contains("\"primaryKeyId\":" + DEVELOPMENT_KEY_ID) && !allowDevelopmentKeys) {
            throw new IllegalStateException("sammen.personal-data.master-keyset is the development keyset; set "
                    + "SAMMEN_PERSONAL_DATA_MASTER_KEYSET (or mount it under /run/secrets/sammen/), or "
                    + "sammen.allow-development-keys=true on a development stack");
        }
        Aead master = TinkJsonProtoKeysetFormat.parseKeyset(masterKeyset, InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        return new DataKeys(jdbc, master);
    }

    /** Axon's event serializer, with the data keys at hand for {@link PersonalData} fields. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper objectMapper, DataKeys keys, RevisionResolver revisionResolver) {
        ObjectMapper events = objectMapper.copy();
        events.setConfig(events.getSerializationConfig().withAttribute(DataKeys.class, keys));
        events.setConfig(events.getDeserializationConfig().withAttribute(DataKeys.class, keys));
        return JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(getClass().getClassLoader()))
                .objectMapper(events)
                .build();
    }
}

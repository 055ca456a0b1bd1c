package dk.sammen.platform.journal;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

import java.util.Set;

/** Documents for the services that store them (those with Tika on their class path). */
@AutoConfiguration
@ConditionalOnClass(Tika.class)
public class JournalAutoConfiguration {

    @Bean
    DocumentFiles documentFiles(@Value("${sammen.documents.max-size:10MB}") DataSize maxSize,
                                @Value("${sammen.documents.allowed-types:application/pdf,image/png,image/jpeg,text/plain,"
                                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document}") Set<String> allowedTypes) {
        return new DocumentFiles(maxSize.toBytes(), allowedTypes);
    }
}

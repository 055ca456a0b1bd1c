package dk.sammen.platform.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration(after = JacksonAutoConfiguration.class)
public class ReadModelAutoConfiguration {

    @Bean
    JsonColumns jsonColumns(ObjectMapper json) {
        return new JsonColumns(json);
    }
}

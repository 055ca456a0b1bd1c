package dk.sammen.devidentity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The development identity provider: issues the tokens the Sammen services take, for demo
 * people of every role. Started by {@code ./sammen up}; never deployed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DevIdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevIdentityApplication.class, args);
    }
}

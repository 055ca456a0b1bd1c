package dk.sammen.plans;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The plans service: one event-sourced course per young person, run by the collaboration model. */
@SpringBootApplication
public class PlansApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlansApplication.class, args);
    }

    /** What "now" is for read-time rules such as a meeting being overdue. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

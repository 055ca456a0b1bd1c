package dk.sammen.plans;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The plans service: one event-sourced course per young person, run by the collaboration model. */
@SpringBootApplication
public class PlansApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlansApplication.class, args);
    }
}

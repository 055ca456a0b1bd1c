package dk.sammen.analytics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The analytics service: reads every topic from the beginning, keeps projections in its own
 * PostgreSQL, and can rebuild them from the log at any time. It writes no events of its own.
 */
@SpringBootApplication
public class AnalyticsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnalyticsApplication.class, args);
    }
}

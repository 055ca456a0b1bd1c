package dk.sammen.referrals;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The referrals service: underretninger, their legal deadlines, and the patterns that call for a coordinated course. */
@SpringBootApplication
public class ReferralsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferralsApplication.class, args);
    }

    /** What "now" is for read-time deadline clocks. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

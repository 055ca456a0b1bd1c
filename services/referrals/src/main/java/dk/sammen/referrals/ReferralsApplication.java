package dk.sammen.referrals;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The referrals service: underretninger, their legal deadlines, and referrals to offers. */
@SpringBootApplication
public class ReferralsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferralsApplication.class, args);
    }
}

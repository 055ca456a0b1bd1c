package dk.sammen.offers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The offers service: the tilbudsvifte, every offer of the four centres in one catalogue. */
@SpringBootApplication
public class OffersApplication {

    public static void main(String[] args) {
        SpringApplication.run(OffersApplication.class, args);
    }
}

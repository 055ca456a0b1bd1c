package dk.sammen.plans.transition;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Period;

@Configuration
class TransitionConfiguration {

    @Bean
    AdultTransitionPolicy adultTransitionPolicy(@Value("${sammen.plans.adult-transition-reminder-lead:P6M}") Period lead) {
        return new AdultTransitionPolicy(lead);
    }
}

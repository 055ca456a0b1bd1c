package dk.sammen.referrals.concern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Period;

@Configuration
class FlagConfiguration {

    @Bean
    FlagRules flagRules(@Value("${sammen.referrals.flag.repeated:3}") int repeated,
                        @Value("${sammen.referrals.flag.window:P24M}") Period window,
                        @Value("${sammen.referrals.flag.sources:2}") int sources) {
        return new FlagRules(repeated, window, sources);
    }
}

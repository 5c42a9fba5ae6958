package be.miis.frontdesk.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so that SLA arithmetic and audit timestamps can be tested with a
 * fixed instant. Brussels is the business time zone; instants are stored in UTC regardless.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }
}

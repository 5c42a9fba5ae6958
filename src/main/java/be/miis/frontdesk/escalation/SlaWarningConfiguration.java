package be.miis.frontdesk.escalation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SlaWarningConfiguration {

    /**
     * Until the mail module offers its own {@link SlaNotifier}, warnings are logged. Component-scanned beans are
     * registered before the {@code @Bean} methods of scanned configurations are evaluated, so a mail module
     * component implementing the port replaces this one without further configuration.
     */
    @Bean
    @ConditionalOnMissingBean(SlaNotifier.class)
    SlaNotifier loggingSlaNotifier() {
        return new LoggingSlaNotifier();
    }
}

package be.miis.frontdesk.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Intake's fallbacks for what another part of the mail module provides. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    /** Only when no outbox takes acknowledgements, so that intake runs (and logs them) without one. */
    @Bean
    @ConditionalOnMissingBean(AcknowledgementSink.class)
    AcknowledgementSink loggingAcknowledgementSink() {
        return new LoggingAcknowledgementSink();
    }
}

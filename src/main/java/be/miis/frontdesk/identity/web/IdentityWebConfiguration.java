package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.IdentityService;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final IdentityService identity;

    IdentityWebConfiguration(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguagePreferenceInterceptor(identity));
    }
}

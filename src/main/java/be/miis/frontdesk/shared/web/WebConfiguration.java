package be.miis.frontdesk.shared.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * The bean name is fixed: the DispatcherServlet looks the resolver up as "localeResolver". Its cookie is
     * {@code Secure} with the session's (FRONTDESK_SECURE_COOKIES, docs/security.md).
     */
    @Bean
    LocaleResolver localeResolver(@Value("${frontdesk.security.secure-cookies:false}") boolean secureCookies) {
        FrontdeskLocaleResolver resolver = new FrontdeskLocaleResolver();
        resolver.setCookieSecure(secureCookies);
        return resolver;
    }

    /** Replaces Boot's error controller (it backs off when one is defined). */
    @Bean
    ProblemErrorController problemErrorController(
            ErrorAttributes errorAttributes,
            ObjectProvider<ErrorViewResolver> errorViewResolvers,
            MessageSource messages) {
        return new ProblemErrorController(
                errorAttributes, errorViewResolvers.orderedStream().toList(), messages);
    }

    /** Control characters in parameters and form fields: see docs/bad-input.md. */
    @Bean
    PlainTextFilter plainTextFilter(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        return new PlainTextFilter(messages, localeResolver, json);
    }

    /** Control characters in JSON bodies; Boot adds every module bean to the application's JSON mapper. */
    @Bean
    JacksonModule plainTextJsonModule() {
        return PlainTextJson.module();
    }

    /**
     * Tomcat's own error answers (requests it refuses before the application) as problem documents under /api/:
     * Boot's error report valve on the host is replaced by one that knows the API. Ordered last, so that Boot's
     * valve is already there to be replaced.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve(
            MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    StandardHost host = (StandardHost) context.getParent();
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ApiErrorReportValve(messages, localeResolver, json));
                });
            }
        };
    }

    /**
     * The static files under their own paths, in place of Boot's handler on "/**" (switched off by
     * spring.web.resources.add-mappings=false). Every URL a template builds passes the resource chain, which checks
     * the handlers whose pattern matches it; on "/**" that meant a classpath lookup in every jar for each link of a
     * page, found nothing and was not cached. The chain stays on: it resolves version-less webjar paths.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor localeChange = new LocaleChangeInterceptor();
        localeChange.setParamName("lang");
        localeChange.setIgnoreInvalidLocale(true);
        registry.addInterceptor(localeChange);
    }
}

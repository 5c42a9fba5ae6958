package be.miis.frontdesk.shared.web;

import java.time.Duration;
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
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;
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
     * Every static file is cached for a year and never revalidated, so a page after the first one downloads only
     * itself (docs/web-performance.md). That is safe because no page links a file by a name that could stay the same
     * when the file changes: the application's own files by a name with a hash of their content
     * ({@code /css/frontdesk-3f2a….css}, written into the pages by the resource chain through {@code @{…}}), the
     * webjars by a path with their version ({@code /webjars/bootstrap/5.3.8/…}).
     */
    private static final CacheControl STATIC_FILES =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /**
     * The static files under their own paths, in place of Boot's handler on "/**" (switched off by
     * spring.web.resources.add-mappings=false). Every URL a template builds passes the resource chain, which checks
     * the handlers whose pattern matches it; on "/**" that meant a classpath lookup in every jar for each link of a
     * page, found nothing and was not cached. The chain resolves version-less webjar paths to versioned ones and
     * gives the application's files a content hash in their name; it caches what it resolved.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(STATIC_FILES)
                .resourceChain(true);
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(STATIC_FILES)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
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

package be.miis.frontdesk.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header and the two ways to authenticate, so that "Authorize" works in Swagger UI. Its
 * server is the configured public base URL, else the site the document was read from ("/"): never one built from
 * the request's Host header, which anybody can forge (docs/security.md, "Host header").
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

    @Bean
    OpenAPI frontdeskOpenApi(@Value("${frontdesk.public-base-url:}") String publicBaseUrl) {
        return new OpenAPI()
                .servers(List.of(new Server().url(publicBaseUrl.isBlank() ? "/" : publicBaseUrl)))
                .info(new Info()
                        .title("Frontdesk API")
                        .version("v1")
                        .description("CRM of the Call mi-is contact centre. Errors are RFC 9457 problem details; "
                                + "the roles of the credentials apply as in the web application."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "apiToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token from 'My account' (fdt_…)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}

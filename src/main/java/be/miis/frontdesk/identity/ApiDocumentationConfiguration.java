package be.miis.frontdesk.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header and the two ways to authenticate, so that "Authorize" works in Swagger UI. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

    @Bean
    OpenAPI frontdeskOpenApi() {
        return new OpenAPI()
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

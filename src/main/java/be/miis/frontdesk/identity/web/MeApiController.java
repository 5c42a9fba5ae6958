package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity")
class MeApiController {

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the credentials (HTTP Basic or API token) belong to, with their roles")
    Me showMe(@AuthenticationPrincipal FrontdeskUser user) {
        return new Me(user.getUsername(), user.displayName(), user.language().code(), user.roles());
    }

    record Me(String username, String displayName, String language, Set<Role> roles) {}
}

package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the user accounts for provisioning and reporting scripts (ADMIN only, see the security rules). */
@RestController
@Tag(name = "Identity")
class UserApiController {

    private final IdentityService identity;

    UserApiController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "All user accounts with their roles (ADMIN)")
    List<UserView> listUsers() {
        return identity.findAll();
    }

    @GetMapping("/api/v1/users/{id}")
    @Operation(summary = "One user account (ADMIN)")
    UserView showUser(@PathVariable Long id) {
        return identity.get(id);
    }
}

package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.SecondFactors;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.shared.web.Flash;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's side of two-factor sign-in (docs/security.md, "Two-factor sign-in"): which roles require it,
 * who has it, and the reset of a user's second factor (a lost phone). Both changes are audited by the service.
 */
@Controller
class AdminSecondFactorController {

    private final SecondFactors secondFactors;
    private final IdentityService identity;

    AdminSecondFactorController(SecondFactors secondFactors, IdentityService identity) {
        this.secondFactors = secondFactors;
        this.identity = identity;
    }

    /** Who has set one up is a column of the users list. */
    @GetMapping("/admin/second-factor")
    String showPolicy(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("required", secondFactors.requiredRoles());
        return "identity/second-factor-admin";
    }

    /** Unknown role names are refused by binding (400, like any bad parameter); none checked means none required. */
    @PostMapping("/admin/second-factor")
    String changePolicy(
            @RequestParam(name = "roles", required = false) Set<Role> roles,
            @AuthenticationPrincipal FrontdeskUser admin,
            RedirectAttributes redirect) {
        secondFactors.requireFor(
                roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                admin.getUsername());
        Flash.success(redirect, "admin.secondFactor.saved");
        return "redirect:/admin/second-factor";
    }

    @PostMapping("/admin/users/{id}/second-factor/reset")
    String reset(@PathVariable Long id, @AuthenticationPrincipal FrontdeskUser admin, RedirectAttributes redirect) {
        UserView user = identity.get(id);
        secondFactors.reset(user.id(), user.username(), admin.getUsername());
        Flash.success(redirect, "admin.secondFactor.reset", user.username());
        return "redirect:/admin/users/" + id;
    }
}

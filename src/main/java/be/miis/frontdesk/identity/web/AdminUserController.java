package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.LastAdminException;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.SecondFactors;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.identity.UsernameTakenException;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private final IdentityService identity;
    private final SecondFactors secondFactors;

    AdminUserController(IdentityService identity, SecondFactors secondFactors) {
        this.identity = identity;
        this.secondFactors = secondFactors;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("allLanguages")
    Language[] allLanguages() {
        return Language.values();
    }

    @GetMapping
    String showUsers(Model model) {
        List<UserView> users = identity.findAll();
        model.addAttribute("users", users);
        // One query for the whole list: who has a second factor (docs/security.md, "Two-factor sign-in").
        model.addAttribute(
                "enrolled",
                secondFactors.enrolled(users.stream().map(UserView::id).toList()));
        return "identity/users";
    }

    @GetMapping("/new")
    String showCreateForm(Model model) {
        model.addAttribute("form", new UserForm());
        return "identity/user-form";
    }

    @PostMapping
    String createUser(
            @ModelAttribute("form") @Valid UserForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser admin,
            RedirectAttributes redirect) {
        PasswordRules.check(form.getPassword(), form.getUsername(), "password", result);
        if (result.hasErrors()) {
            return "identity/user-form";
        }
        try {
            UserView user = identity.create(form.toCreateCommand(), admin.getUsername());
            Flash.success(redirect, "identity.user.flash.created", user.username());
            return "redirect:/admin/users";
        } catch (UsernameTakenException e) {
            result.rejectValue("username", "identity.user.username.taken");
            return "identity/user-form";
        }
    }

    @GetMapping("/{id}")
    String showEditForm(@PathVariable Long id, Model model) {
        UserView user = identity.get(id);
        model.addAttribute("user", user);
        model.addAttribute("form", UserForm.of(user));
        model.addAttribute("passwordForm", new ResetPasswordForm());
        return "identity/user-form";
    }

    @PostMapping("/{id}")
    String updateUser(
            @PathVariable Long id,
            @ModelAttribute("form") @Valid UserForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UserView user = identity.get(id);
        model.addAttribute("user", user);
        model.addAttribute("passwordForm", new ResetPasswordForm());
        // The username is fixed once created; the form still posts it back for re-rendering.
        form.setUsername(user.username());
        if (result.hasErrors()) {
            return "identity/user-form";
        }
        try {
            identity.update(id, form.toUpdateCommand(), admin.getUsername());
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict.detail");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "identity/user-form";
        } catch (LastAdminException e) {
            result.rejectValue("roles", "identity.user.lastAdmin");
            return "identity/user-form";
        }
        Flash.success(redirect, "identity.user.flash.updated", user.username());
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/disable")
    String disableUser(
            @PathVariable Long id, @AuthenticationPrincipal FrontdeskUser admin, RedirectAttributes redirect) {
        UserView user = identity.get(id);
        try {
            identity.disable(id, admin.getUsername());
            Flash.success(redirect, "identity.user.flash.disabled", user.username());
        } catch (LastAdminException e) {
            Flash.error(redirect, "identity.user.lastAdmin");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enableUser(
            @PathVariable Long id, @AuthenticationPrincipal FrontdeskUser admin, RedirectAttributes redirect) {
        UserView user = identity.get(id);
        identity.enable(id, admin.getUsername());
        Flash.success(redirect, "identity.user.flash.enabled", user.username());
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable Long id,
            @ModelAttribute("passwordForm") ResetPasswordForm passwordForm,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser admin,
            Model model,
            RedirectAttributes redirect) {
        UserView user = identity.get(id);
        PasswordRules.check(passwordForm.getNewPassword(), user.username(), "newPassword", result);
        if (result.hasErrors()) {
            model.addAttribute("user", user);
            model.addAttribute("form", UserForm.of(user));
            return "identity/user-form";
        }
        identity.resetPassword(id, passwordForm.getNewPassword(), admin.getUsername());
        Flash.success(redirect, "identity.user.flash.passwordReset", user.username());
        return "redirect:/admin/users/" + id;
    }
}

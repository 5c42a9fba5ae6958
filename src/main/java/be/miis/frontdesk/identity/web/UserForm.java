package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.CreateUser;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UpdateUser;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.shared.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The admin's user form, for creating (with username and first password) and editing. */
class UserForm {

    @NotBlank(message = "{identity.user.username.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = "{identity.user.username.pattern}")
    private String username = "";

    @NotBlank(message = "{identity.user.displayName.required}")
    @Size(max = 120, message = "{identity.user.displayName.size}")
    private String displayName = "";

    @Email(message = "{identity.user.email.invalid}")
    @Size(max = 254, message = "{identity.user.email.size}")
    private @Nullable String email;

    @NotNull(message = "{identity.user.language.required}")
    private Language language = Language.NL;

    @NotEmpty(message = "{identity.user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Only on creation; its rules are checked by the controller because editing has no password field. */
    private String password = "";

    private int version;

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email();
        form.language = user.language();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.version = user.version();
        return form;
    }

    CreateUser toCreateCommand() {
        return new CreateUser(username, displayName, email, password, language, roles);
    }

    UpdateUser toUpdateCommand() {
        return new UpdateUser(displayName, email, language, roles, version);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}

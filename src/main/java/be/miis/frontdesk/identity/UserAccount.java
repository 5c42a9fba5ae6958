package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;

    private String displayName;

    private @Nullable String email;

    private String passwordHash;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private int version;

    protected UserAccount() {
        // for JPA
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.preferredLanguage = Language.NL.code();
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    UserAccount(
            String username,
            String displayName,
            @Nullable String email,
            String passwordHash,
            Language language,
            Set<Role> roles,
            Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.preferredLanguage = language.code();
        this.enabled = true;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    void updateProfile(String displayName, @Nullable String email, Language language, Set<Role> roles, Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.displayName = displayName;
        this.email = email;
        this.preferredLanguage = language.code();
        this.roles.clear();
        this.roles.addAll(roles);
        this.updatedAt = now;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    void changeLanguage(Language language, Instant now) {
        this.preferredLanguage = language.code();
        this.updatedAt = now;
    }

    void enable(Instant now) {
        this.enabled = true;
        this.updatedAt = now;
    }

    void disable(Instant now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    Long getId() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable
    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Language getLanguage() {
        return Language.fromCode(preferredLanguage).orElse(Language.NL);
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    int getVersion() {
        return version;
    }
}

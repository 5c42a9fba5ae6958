package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import be.miis.frontdesk.shared.SearchText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person at an organisation who calls or mails the contact centre. */
@Entity
@Table(name = "contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String firstName = "";
    private String lastName = "";
    private @Nullable String jobFunction;
    private @Nullable String phone;
    private @Nullable String mobile;
    private @Nullable String email;

    @Convert(converter = ContentLanguageConverter.class)
    private ContentLanguage preferredLanguage = ContentLanguage.NL;

    private boolean active = true;
    private String searchText = "";
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    private @Nullable Instant emailFailingSince;
    private @Nullable Instant emailLastFailureAt;
    private @Nullable String emailFailureStatus;
    private @Nullable String emailFailureReason;

    @Version
    private int version;

    @SuppressWarnings("NullAway.Init")
    protected Contact() {}

    Contact(Organisation organisation, ContactData data, Instant now) {
        this.organisation = organisation;
        this.createdAt = now;
        apply(data, now);
    }

    void apply(ContactData data, Instant now) {
        if (!Objects.equals(lower(this.email), lower(data.email()))) {
            // A failing address that an agent corrected is no longer this contact's problem (docs/mail.md).
            clearEmailFailure();
        }
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.jobFunction = data.jobFunction();
        this.phone = data.phone();
        this.mobile = data.mobile();
        this.email = data.email();
        this.preferredLanguage = data.preferredLanguage();
        this.active = data.active();
        this.updatedAt = now;
    }

    /**
     * Mail to this contact's address came back undeliverable: the first failure is kept until the address works
     * again, the latest one replaces the one before.
     */
    void markEmailFailing(Instant at, String status, @Nullable String reason) {
        if (emailFailingSince == null) {
            emailFailingSince = at;
        }
        emailLastFailureAt = emailLastFailureAt == null || at.isAfter(emailLastFailureAt) ? at : emailLastFailureAt;
        emailFailureStatus = status;
        emailFailureReason = reason;
    }

    /** Whether this clears a failure (false when the address was not failing). */
    boolean clearEmailFailure() {
        boolean failing = emailFailingSince != null;
        emailFailingSince = null;
        emailLastFailureAt = null;
        emailFailureStatus = null;
        emailFailureReason = null;
        return failing;
    }

    @Nullable
    EmailFailure emailFailure() {
        if (emailFailingSince == null || emailLastFailureAt == null) {
            return null;
        }
        return new EmailFailure(
                emailFailingSince,
                emailLastFailureAt,
                Objects.requireNonNullElse(emailFailureStatus, ""),
                emailFailureReason);
    }

    private static @Nullable String lower(@Nullable String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** A contact who moves to another centre keeps their history; the import can move them by e-mail. */
    void moveTo(Organisation organisation, Instant now) {
        this.organisation = organisation;
        this.updatedAt = now;
    }

    boolean differsFrom(Organisation organisation, ContactData data) {
        return !this.organisation.id().equals(organisation.id()) || !toData().equals(data);
    }

    ContactData toData() {
        return new ContactData(firstName, lastName, jobFunction, phone, mobile, email, preferredLanguage, active);
    }

    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        this.searchText = SearchText.join(
                firstName,
                lastName,
                jobFunction,
                SearchText.phoneDigits(phone),
                SearchText.phoneDigits(mobile),
                email,
                organisation.namesSearchText());
    }

    Long id() {
        return Objects.requireNonNull(id, "not yet saved");
    }

    Organisation organisation() {
        return organisation;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    @Nullable
    String jobFunction() {
        return jobFunction;
    }

    @Nullable
    String phone() {
        return phone;
    }

    @Nullable
    String mobile() {
        return mobile;
    }

    @Nullable
    String email() {
        return email;
    }

    ContentLanguage preferredLanguage() {
        return preferredLanguage;
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }
}

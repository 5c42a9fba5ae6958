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

package be.miis.frontdesk.organisation.web;

import be.miis.frontdesk.organisation.ContactData;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A contact person as an agent types it in. */
class ContactForm {

    /** Digits, spaces and the usual separators, as Belgian numbers are written; empty is allowed. */
    private static final String PHONE = "^$|[+0-9][0-9 ./()-]{5,39}";

    private int version;

    @NotBlank(message = "{contact.firstName.required}")
    @Size(max = 80, message = "{contact.name.size}")
    private String firstName = "";

    @NotBlank(message = "{contact.lastName.required}")
    @Size(max = 80, message = "{contact.name.size}")
    private String lastName = "";

    @Size(max = 120, message = "{contact.function.size}")
    private String jobFunction = "";

    @Pattern(regexp = PHONE, message = "{contact.phone.invalid}")
    private String phone = "";

    @Pattern(regexp = PHONE, message = "{contact.phone.invalid}")
    private String mobile = "";

    @Email(message = "{contact.email.invalid}")
    @Size(max = 254, message = "{contact.email.invalid}")
    private String email = "";

    @NotNull(message = "{contact.language.required}")
    private ContentLanguage preferredLanguage = ContentLanguage.NL;

    private boolean active = true;

    static ContactForm of(ContactView contact) {
        ContactForm form = new ContactForm();
        form.version = contact.version();
        form.firstName = contact.firstName();
        form.lastName = contact.lastName();
        form.jobFunction = orEmpty(contact.jobFunction());
        form.phone = orEmpty(contact.phone());
        form.mobile = orEmpty(contact.mobile());
        form.email = orEmpty(contact.email());
        form.preferredLanguage = contact.preferredLanguage();
        form.active = contact.active();
        return form;
    }

    ContactData toData() {
        return new ContactData(
                firstName.strip(),
                lastName.strip(),
                blankToNull(jobFunction),
                blankToNull(phone),
                blankToNull(mobile),
                blankToNull(email),
                preferredLanguage,
                active);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getJobFunction() {
        return jobFunction;
    }

    public void setJobFunction(String jobFunction) {
        this.jobFunction = jobFunction;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ContentLanguage getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(ContentLanguage preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import org.jspecify.annotations.Nullable;

/** A contact person as shown to agents; {@code emailFailure} when mail to their address bounces. */
public record ContactView(
        long id,
        long organisationId,
        String firstName,
        String lastName,
        @Nullable String jobFunction,
        @Nullable String phone,
        @Nullable String mobile,
        @Nullable String email,
        ContentLanguage preferredLanguage,
        boolean active,
        int version,
        @Nullable EmailFailure emailFailure) {

    static ContactView of(Contact contact) {
        return new ContactView(
                contact.id(),
                contact.organisation().id(),
                contact.firstName(),
                contact.lastName(),
                contact.jobFunction(),
                contact.phone(),
                contact.mobile(),
                contact.email(),
                contact.preferredLanguage(),
                contact.active(),
                contact.version(),
                contact.emailFailure());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}

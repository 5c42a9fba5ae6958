package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import org.jspecify.annotations.Nullable;

/**
 * One hit of the caller lookup: a known contact person with their organisation, or an organisation alone when the
 * caller is not (yet) a known contact.
 */
public record CallerMatch(@Nullable ContactView contact, OrganisationSummary organisation) {

    /** The language to answer in: the contact's own preference, else the organisation's main language. */
    public ContentLanguage language() {
        return contact != null ? contact.preferredLanguage() : organisation.mainLanguage();
    }
}

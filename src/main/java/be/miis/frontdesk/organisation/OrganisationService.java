package be.miis.frontdesk.organisation;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module API of the OCMW/CPAS directory: lookups for the frontdesk, the CRM view of one organisation. */
@Service
public class OrganisationService {

    static final int RECENT_IMPORTS = 20;

    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final DirectorySearch search;
    /** Resolved when an import is asked for: lookups, which every screen uses, need no task executor. */
    private final ObjectProvider<ImportRuns> imports;

    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(
            OrganisationRepository organisations,
            ContactRepository contacts,
            DirectorySearch search,
            ObjectProvider<ImportRuns> imports,
            AuditLog audit,
            Clock clock) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.search = search;
        this.imports = imports;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts importing a CSV file of organisations (upsert by NIS code) or contacts (upsert by e-mail) in the
     * background and returns its id, whose report shows the progress. A dry run checks and counts everything but
     * writes nothing.
     */
    public long startImport(ImportKind kind, String fileName, byte[] content, boolean dryRun, String actor) {
        return imports.getObject().start(kind, fileName, content, dryRun, actor, true);
    }

    /** Imports a CSV file now and returns the report (for the API: scripts wait for the answer). */
    public ImportReport importNow(ImportKind kind, String fileName, byte[] content, boolean dryRun, String actor) {
        ImportRuns runs = imports.getObject();
        return runs.report(runs.start(kind, fileName, content, dryRun, actor, false));
    }

    /** Imports for real the file of an earlier dry run, without uploading it again. */
    public long repeatForReal(long importId, String actor) {
        return imports.getObject().repeatForReal(importId, actor);
    }

    public ImportReport findImport(long importId) {
        return imports.getObject().report(importId);
    }

    public List<ImportReport> recentImports() {
        return imports.getObject().recent(RECENT_IMPORTS);
    }

    /**
     * Organisations matching every word typed (name in any language, NIS code, postcode, phone, e-mail), then those
     * whose contact persons match (name, phone, e-mail).
     */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> search(String query, int limit) {
        // Own matches first, then the organisations of matching contact persons ("peeters" finds their OCMW).
        LinkedHashSet<Long> ids = new LinkedHashSet<>(search.organisationIds(query, true, limit));
        if (ids.size() < limit) {
            inOrder(search.contactIds(query, limit), this::contacts)
                    .forEach(contact -> ids.add(contact.organisationId()));
        }
        return summariesInOrder(ids.stream().limit(limit).toList());
    }

    /**
     * Who is calling: known contacts first (by name, phone, e-mail or their organisation's name), then the
     * organisations themselves, for a caller who is not a known contact. Inactive records are left out.
     */
    @Transactional(readOnly = true)
    public List<CallerMatch> lookupCallers(String query, int limit) {
        List<ContactView> people = inOrder(search.contactIds(query, limit), this::contacts);
        List<Long> organisationIds = search.organisationIds(query, false, limit);
        List<Long> allOrganisationIds = new ArrayList<>(organisationIds);
        people.forEach(contact -> allOrganisationIds.add(contact.organisationId()));
        Map<Long, OrganisationSummary> byId = summaries(allOrganisationIds);
        List<CallerMatch> matches = new ArrayList<>();
        people.forEach(contact -> matches.add(new CallerMatch(contact, byId.get(contact.organisationId()))));
        organisationIds.forEach(id -> matches.add(new CallerMatch(null, byId.get(id))));
        return matches;
    }

    /** Ids of organisations matching a query, for other modules' searches ("tickets of OCMW Gent"). */
    @Transactional(readOnly = true)
    public List<Long> findOrganisationIds(String query, int limit) {
        return search.organisationIds(query, true, limit);
    }

    /** Ids of contacts matching a query, for other modules' searches. */
    @Transactional(readOnly = true)
    public List<Long> findContactIds(String query, int limit) {
        return search.contactIds(query, limit);
    }

    @Transactional(readOnly = true)
    public OrganisationView get(long id) {
        Organisation organisation =
                organisations.findById(id).orElseThrow(() -> OrganisationNotFoundException.forId(id));
        List<ContactView> people =
                contacts.findByOrganisation(id).stream().map(ContactView::of).toList();
        return OrganisationView.of(organisation, people);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findSummary(long id) {
        return organisations.findById(id).map(OrganisationSummary::of);
    }

    /** The contact with this e-mail address, whatever its case (addresses are unique regardless of case). */
    @Transactional(readOnly = true)
    public Optional<ContactView> findContactByEmail(String email) {
        return contacts.findByLowerEmailIn(List.of(email.strip().toLowerCase(Locale.ROOT))).stream()
                .findFirst()
                .map(ContactView::of);
    }

    /**
     * Records that mail to this address could not be delivered (a permanent failure the receiving server reported,
     * docs/mail.md "Bounces"); the contact page and the ticket show it. Returns false when no contact has the address.
     * The organisation module knows nothing of mail: the mail module reports what its delivery reports say.
     */
    @Transactional
    public boolean markEmailFailing(String address, Instant at, String status, @Nullable String reason) {
        List<Contact> found =
                contacts.findByLowerEmailIn(List.of(address.strip().toLowerCase(Locale.ROOT)));
        found.forEach(contact -> contact.markEmailFailing(at, status, reason));
        return !found.isEmpty();
    }

    /**
     * The address works again (mail came from it): a failure recorded on it is cleared. Returns whether there was
     * one; an address that was not failing changes nothing (no new version of the contact).
     */
    @Transactional
    public boolean clearEmailFailure(String address) {
        boolean cleared = false;
        for (Contact contact :
                contacts.findByLowerEmailIn(List.of(address.strip().toLowerCase(Locale.ROOT)))) {
            cleared |= contact.clearEmailFailure();
        }
        return cleared;
    }

    /**
     * The one active organisation that has this mail domain ({@code cpas-x.be}) among its own; empty when none has
     * it, or when several do, because then the domain does not say which one wrote.
     */
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByEmailDomain(String domain) {
        List<Organisation> found =
                organisations.findActiveByEmailDomain(domain.strip().toLowerCase(Locale.ROOT));
        return found.size() == 1 ? Optional.of(OrganisationSummary.of(found.get(0))) : Optional.empty();
    }

    /** Summaries of many organisations in one query, for lists that show an organisation per row. */
    @Transactional(readOnly = true)
    public Map<Long, OrganisationSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findAllById(ids).stream()
                .map(OrganisationSummary::of)
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    /** The organisations with these NIS codes, by NIS code, in one query (unknown codes are left out). */
    @Transactional(readOnly = true)
    public Map<String, OrganisationSummary> summariesByNisCode(Collection<String> nisCodes) {
        if (nisCodes.isEmpty()) {
            return Map.of();
        }
        return organisations.findByNisCodeIn(nisCodes).stream()
                .map(OrganisationSummary::of)
                .collect(Collectors.toMap(OrganisationSummary::nisCode, Function.identity()));
    }

    /** Adds a contact person to an organisation. */
    @Transactional
    public ContactView addContact(long organisationId, ContactData data) {
        Organisation organisation = organisations
                .findById(organisationId)
                .orElseThrow(() -> OrganisationNotFoundException.forId(organisationId));
        requireFreeEmail(data.email(), null);
        return ContactView.of(contacts.saveAndFlush(new Contact(organisation, data, clock.instant())));
    }

    /**
     * Changes a contact person as of the version the editor saw; a concurrent change is refused
     * ({@code ObjectOptimisticLockingFailureException}) rather than overwritten.
     */
    @Transactional
    public ContactView updateContact(long contactId, int version, ContactData data) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> ContactNotFoundException.forId(contactId));
        if (contact.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Contact.class, contactId);
        }
        requireFreeEmail(data.email(), contactId);
        contact.apply(data, clock.instant());
        return ContactView.of(contacts.saveAndFlush(contact));
    }

    private void requireFreeEmail(@Nullable String email, @Nullable Long exceptContactId) {
        if (email == null) {
            return;
        }
        boolean taken = contacts.findByLowerEmailIn(List.of(email.toLowerCase(Locale.ROOT))).stream()
                .anyMatch(other -> !other.id().equals(exceptContactId));
        if (taken) {
            throw new ContactEmailTakenException();
        }
    }

    @Transactional(readOnly = true)
    public Optional<ContactView> findContact(long id) {
        return contacts.findById(id).map(ContactView::of);
    }

    /**
     * A contact person opened by someone, on their page or through the API: personal data, so the opening is on the
     * audit trail as opening a ticket is (docs/security.md, "Who saw what").
     *
     * @throws ContactNotFoundException when there is none
     */
    @Transactional
    public ContactView openContact(long id, String viewer) {
        ContactView contact = findContact(id).orElseThrow(() -> ContactNotFoundException.forId(id));
        audit.record(viewer, AuditAction.VIEWED, "contact", Long.toString(id), null);
        return contact;
    }

    /** Contacts by id in one query, for lists that show a contact per row. */
    @Transactional(readOnly = true)
    public Map<Long, ContactView> contacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return contacts.findAllWithOrganisation(ids).stream()
                .map(ContactView::of)
                .collect(Collectors.toMap(ContactView::id, Function.identity()));
    }

    private List<OrganisationSummary> summariesInOrder(List<Long> ids) {
        return inOrder(ids, this::summaries);
    }

    /** Loads rows by id in one query and returns them in the order of the ids (the search's ranking). */
    private static <T> List<T> inOrder(List<Long> ids, Function<List<Long>, Map<Long, T>> load) {
        Map<Long, T> byId = load.apply(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}

package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.CsvReader;
import be.miis.frontdesk.shared.ImportFileException;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one CSV import and writes it: every line is checked completely by an {@link OrganisationImportParser} before
 * anything of it is written, so a line is either imported whole or refused with its reasons; valid lines are
 * upserted in batches, each batch its own transaction, with the progress recorded between batches. A dry run does
 * all the same work and rolls every batch back.
 */
@Component
class OrganisationImporter {

    static final int BATCH = 500;

    /** The changed fields an import keeps for its report; the counts stay exact beyond. */
    static final int MAX_CHANGES = 5_000;

    private static final Logger log = LoggerFactory.getLogger(OrganisationImporter.class);
    private final ImportJobs jobs;
    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrganisationImporter(
            ImportJobs jobs,
            OrganisationRepository organisations,
            ContactRepository contacts,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jobs = jobs;
        this.organisations = organisations;
        this.contacts = contacts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    void run(long jobId, ImportKind kind, boolean dryRun) {
        ImportJobs.Counts counts = new ImportJobs.Counts();
        ImportProblemLog problems = new ImportProblemLog();
        List<ImportChange> changes = new ArrayList<>();
        try {
            List<CsvReader.Row> rows = CsvReader.readAll(jobs.content(jobId), OrganisationImportParser.columns(kind));
            jobs.progress(jobId, 0, rows.size());
            OrganisationImportParser parser = new OrganisationImportParser();
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<CsvReader.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                transactions.executeWithoutResult(status -> {
                    if (kind == ImportKind.ORGANISATIONS) {
                        importOrganisations(batch, parser, counts, problems, changes);
                    } else {
                        importContacts(batch, parser, counts, problems, changes);
                    }
                    if (dryRun) {
                        status.setRollbackOnly();
                    }
                });
                jobs.progress(jobId, from + batch.size(), rows.size());
            }
            jobs.finish(
                    jobId,
                    ImportStatus.DONE,
                    counts,
                    problems,
                    changes.subList(0, Math.min(changes.size(), MAX_CHANGES)),
                    clock.instant());
        } catch (ImportFileException e) {
            jobs.finish(
                    jobId,
                    ImportStatus.FAILED,
                    new ImportJobs.Counts(),
                    ImportProblemLog.of(e.problems()),
                    List.of(),
                    clock.instant());
        } catch (RuntimeException e) {
            log.error("Import {} failed", jobId, e);
            jobs.finish(
                    jobId,
                    ImportStatus.FAILED,
                    counts,
                    ImportProblemLog.of(new ImportProblem(0, "file", "organisation.import.file.failed", null)),
                    List.of(),
                    clock.instant());
        }
    }

    private void importOrganisations(
            List<CsvReader.Row> batch,
            OrganisationImportParser parser,
            ImportJobs.Counts counts,
            ImportProblemLog problems,
            List<ImportChange> changes) {
        Map<CsvReader.Row, OrganisationData> valid = new LinkedHashMap<>();
        for (CsvReader.Row row : batch) {
            OrganisationImportParser.Result<OrganisationData> result = parser.organisation(row);
            if (result.data() != null) {
                valid.put(row, result.data());
            }
            problems.line(result.problems());
        }
        Map<String, Organisation> existing =
                organisations
                        .findByNisCodeIn(valid.values().stream()
                                .map(OrganisationData::nisCode)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Organisation::nisCode, Function.identity()));
        Instant now = clock.instant();
        List<Organisation> renamed = new ArrayList<>();
        for (Map.Entry<CsvReader.Row, OrganisationData> entry : valid.entrySet()) {
            CsvReader.Row row = entry.getKey();
            OrganisationData data = entry.getValue();
            Organisation organisation = existing.get(data.nisCode());
            if (organisation == null) {
                organisations.save(new Organisation(data, now));
                counts.created++;
            } else if (organisation.differsFrom(data)) {
                changes.addAll(ImportChange.between(
                        row.line(),
                        data.nisCode(),
                        organisation.toData(),
                        data,
                        component -> OrganisationImportParser.columnOf(row, component)));
                if (!organisation
                        .namesSearchText()
                        .equals(SearchText.join(data.nameNl(), data.nameFr(), data.nameDe()))) {
                    renamed.add(organisation);
                }
                organisation.apply(data, now);
                counts.updated++;
            } else {
                counts.unchanged++;
            }
        }
        // Contacts are found by their organisation's names too: those of a renamed organisation are re-indexed.
        if (!renamed.isEmpty()) {
            organisations.flush();
            contacts.findByOrganisationIn(renamed).forEach(Contact::refreshSearchText);
        }
    }

    private void importContacts(
            List<CsvReader.Row> batch,
            OrganisationImportParser parser,
            ImportJobs.Counts counts,
            ImportProblemLog problems,
            List<ImportChange> changes) {
        Set<String> nisCodes = batch.stream().map(row -> row.get("nis_code")).collect(Collectors.toSet());
        Map<String, Organisation> byNis = organisations.findByNisCodeIn(nisCodes).stream()
                .collect(Collectors.toMap(Organisation::nisCode, Function.identity()));
        Map<CsvReader.Row, ContactData> valid = new LinkedHashMap<>();
        for (CsvReader.Row row : batch) {
            Organisation organisation = byNis.get(row.get("nis_code"));
            OrganisationImportParser.Result<ContactData> result =
                    parser.contact(row, organisation == null ? null : OrganisationSummary.of(organisation));
            if (result.data() != null) {
                valid.put(row, result.data());
            }
            problems.line(result.problems());
        }
        Map<String, Contact> byEmail = contacts
                .findByLowerEmailIn(valid.values().stream()
                        .map(ContactData::email)
                        .filter(email -> email != null)
                        .map(email -> email.toLowerCase(Locale.ROOT))
                        .toList())
                .stream()
                .collect(Collectors.toMap(contact -> contact.email().toLowerCase(Locale.ROOT), Function.identity()));
        // Contacts without e-mail are matched by name within their organisation: one query for the whole batch.
        Map<String, Contact> withoutEmailByName = contacts
                .findByOrganisationIn(valid.entrySet().stream()
                        .filter(entry -> entry.getValue().email() == null)
                        .map(entry -> byNis.get(entry.getKey().get("nis_code")))
                        .distinct()
                        .toList())
                .stream()
                .filter(contact -> contact.email() == null)
                .collect(Collectors.toMap(
                        contact -> nameKey(contact.organisation(), contact.firstName(), contact.lastName()),
                        Function.identity(),
                        (first, second) -> first));
        Instant now = clock.instant();
        valid.forEach((row, data) -> {
            Organisation organisation = byNis.get(row.get("nis_code"));
            Contact contact = data.email() != null
                    ? byEmail.get(data.email().toLowerCase(Locale.ROOT))
                    : withoutEmailByName.get(nameKey(organisation, data.firstName(), data.lastName()));
            if (contact == null) {
                contacts.save(new Contact(organisation, data, now));
                counts.created++;
            } else if (contact.differsFrom(organisation, data)) {
                String record = data.email() != null ? data.email() : data.firstName() + " " + data.lastName();
                if (!contact.organisation().id().equals(organisation.id())) {
                    changes.add(new ImportChange(
                            row.line(),
                            record,
                            row.header().name("nis_code"),
                            contact.organisation().nisCode(),
                            organisation.nisCode()));
                }
                changes.addAll(ImportChange.between(
                        row.line(),
                        record,
                        contact.toData(),
                        data,
                        component -> OrganisationImportParser.columnOf(row, component)));
                contact.moveTo(organisation, now);
                contact.apply(data, now);
                counts.updated++;
            } else {
                counts.unchanged++;
            }
        });
    }

    private static String nameKey(Organisation organisation, String firstName, String lastName) {
        return organisation.id() + "|" + SearchText.join(firstName, lastName);
    }
}

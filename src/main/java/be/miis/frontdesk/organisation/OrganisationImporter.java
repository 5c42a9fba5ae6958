package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.shared.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one CSV import: every line is checked completely before anything of it is written, so a line is either
 * imported whole or refused with its reasons; valid lines are upserted in batches, each batch its own transaction,
 * with the progress recorded between batches. A dry run does all the same work and rolls every batch back.
 */
@Component
class OrganisationImporter {

    static final int BATCH = 500;

    /** The changed fields an import keeps for its report; the counts stay exact beyond. */
    static final int MAX_CHANGES = 5_000;

    private static final Logger log = LoggerFactory.getLogger(OrganisationImporter.class);
    private static final Pattern NIS = Pattern.compile("\\d{5}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 ./()-]{5,39}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9.-]+\\.[a-z]{2,}");
    /** The columns as organisation.import.columns.* documents them; any case, space or underscore reads the same. */
    private static final List<String> ORGANISATION_COLUMNS = List.of(
            "nis_code",
            "name_nl",
            "name_fr",
            "name",
            "name_de",
            "postcodes",
            "postcode",
            "region",
            "province",
            "languages",
            "language",
            "street",
            "phone",
            "email",
            "email_domains",
            "active");

    private static final List<String> CONTACT_COLUMNS = List.of(
            "nis_code", "first_name", "last_name", "function", "phone", "mobile", "email", "language", "active");

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
            List<CsvRows.Row> rows = kind == ImportKind.ORGANISATIONS
                    ? CsvRows.read(jobs.content(jobId), ORGANISATION_COLUMNS, Set.of("nis_code", "region"))
                    : CsvRows.read(jobs.content(jobId), CONTACT_COLUMNS, Set.of("nis_code", "first_name", "last_name"));
            jobs.progress(jobId, 0, rows.size());
            Set<String> keysSeen = new HashSet<>();
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<CsvRows.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                transactions.executeWithoutResult(status -> {
                    if (kind == ImportKind.ORGANISATIONS) {
                        importOrganisations(batch, keysSeen, counts, problems, changes);
                    } else {
                        importContacts(batch, keysSeen, counts, problems, changes);
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
            List<CsvRows.Row> batch,
            Set<String> keysSeen,
            ImportJobs.Counts counts,
            ImportProblemLog problems,
            List<ImportChange> changes) {
        Map<CsvRows.Row, OrganisationData> valid = new LinkedHashMap<>();
        for (CsvRows.Row row : batch) {
            List<ImportProblem> found = refusedText(row);
            OrganisationData data = organisation(row, found);
            if (data != null && !keysSeen.add(data.nisCode())) {
                found.add(new ImportProblem(
                        row.line(),
                        row.header().name("niscode"),
                        "organisation.import.duplicateInFile",
                        data.nisCode()));
            }
            if (found.isEmpty() && data != null) {
                valid.put(row, data);
            }
            problems.line(found);
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
        for (Map.Entry<CsvRows.Row, OrganisationData> entry : valid.entrySet()) {
            CsvRows.Row row = entry.getKey();
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
                        component -> columnOf(row, component)));
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
            List<CsvRows.Row> batch,
            Set<String> keysSeen,
            ImportJobs.Counts counts,
            ImportProblemLog problems,
            List<ImportChange> changes) {
        Set<String> nisCodes = batch.stream().map(row -> row.get("niscode")).collect(Collectors.toSet());
        Map<String, Organisation> byNis = organisations.findByNisCodeIn(nisCodes).stream()
                .collect(Collectors.toMap(Organisation::nisCode, Function.identity()));
        Map<CsvRows.Row, ContactData> valid = new LinkedHashMap<>();
        for (CsvRows.Row row : batch) {
            List<ImportProblem> found = refusedText(row);
            Organisation organisation = byNis.get(row.get("niscode"));
            if (organisation == null) {
                found.add(problem(row, "niscode", "organisation.import.unknownOrganisation"));
            }
            ContactData data = contact(row, organisation, found);
            if (data != null) {
                String key = data.email() != null
                        ? data.email().toLowerCase(Locale.ROOT)
                        : row.get("niscode") + "|" + SearchText.join(data.firstName(), data.lastName());
                if (!keysSeen.add(key)) {
                    found.add(problem(
                            row, data.email() != null ? "email" : "lastname", "organisation.import.duplicateInFile"));
                }
            }
            if (found.isEmpty() && data != null) {
                valid.put(row, data);
            }
            problems.line(found);
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
                        .map(entry -> byNis.get(entry.getKey().get("niscode")))
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
            Organisation organisation = byNis.get(row.get("niscode"));
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
                            row.header().name("niscode"),
                            contact.organisation().nisCode(),
                            organisation.nisCode()));
                }
                changes.addAll(ImportChange.between(
                        row.line(), record, contact.toData(), data, component -> columnOf(row, component)));
                contact.moveTo(organisation, now);
                contact.apply(data, now);
                counts.updated++;
            } else {
                counts.unchanged++;
            }
        });
    }

    /** The column of the file that holds a field of OrganisationData or ContactData, as its header names it. */
    private static String columnOf(CsvRows.Row row, String component) {
        return row.header()
                .name(
                        switch (component) {
                            case "jobFunction" -> "function";
                            case "preferredLanguage" -> "language";
                            default -> CsvRows.column(component);
                        });
    }

    private static String nameKey(Organisation organisation, String firstName, String lastName) {
        return organisation.id() + "|" + SearchText.join(firstName, lastName);
    }

    /** A line with a control character in any cell is refused (docs/bad-input.md); the other checks still run. */
    private static List<ImportProblem> refusedText(CsvRows.Row row) {
        List<ImportProblem> found = new ArrayList<>();
        PlainText.firstRefused(row.values())
                .ifPresent(column -> found.add(new ImportProblem(row.line(), column, PlainText.REFUSED_KEY, null)));
        return found;
    }

    private static @Nullable OrganisationData organisation(CsvRows.Row row, List<ImportProblem> problems) {
        String nis = row.get("niscode");
        if (!NIS.matcher(nis).matches()) {
            problems.add(problem(row, "niscode", "organisation.import.nisCode"));
        }
        String nameNl = row.get("namenl");
        String nameFr = row.get("namefr");
        String name = row.get("name");
        // "Brussel / Bruxelles": one column with both names, Dutch first as on the municipality lists.
        if (nameNl.isEmpty() && nameFr.isEmpty() && !name.isEmpty()) {
            String[] parts = name.split("\\s*/\\s*", 2);
            nameNl = parts[0];
            nameFr = parts.length > 1 ? parts[1] : parts[0];
        }
        if (nameNl.isEmpty()) {
            nameNl = nameFr;
        }
        if (nameFr.isEmpty()) {
            nameFr = nameNl;
        }
        if (nameNl.isEmpty()) {
            problems.add(problem(row, "namenl", "organisation.import.nameRequired"));
        }
        checkLength(row, problems, "namenl", nameNl, 160);
        checkLength(row, problems, "namefr", nameFr, 160);
        checkLength(row, problems, "namede", row.get("namede"), 160);
        Region region = region(row.get("region"));
        if (region == null) {
            problems.add(problem(row, "region", "organisation.import.region"));
        }
        List<String> postcodes = words(row.get("postcodes").isEmpty() ? row.get("postcode") : row.get("postcodes"));
        if (postcodes.stream().anyMatch(code -> !POSTCODE.matcher(code).matches())) {
            problems.add(problem(row, "postcodes", "organisation.import.postcode"));
        }
        List<ContentLanguage> languages = new ArrayList<>();
        for (String code : words(row.get("languages").isEmpty() ? row.get("language") : row.get("languages"))) {
            ContentLanguage.fromCode(code)
                    .ifPresentOrElse(
                            languages::add,
                            () -> problems.add(problem(row, "languages", "organisation.import.language")));
        }
        if (languages.isEmpty() && region != null) {
            languages = switch (region) {
                case FLANDERS -> List.of(ContentLanguage.NL);
                case WALLONIA -> List.of(ContentLanguage.FR);
                case BRUSSELS -> List.of(ContentLanguage.FR, ContentLanguage.NL);
            };
        }
        String phone = row.get("phone");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(problem(row, "phone", "organisation.import.phone"));
        }
        String email = row.get("email");
        if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
            problems.add(problem(row, "email", "organisation.import.email"));
        }
        List<String> domains = words(row.get("emaildomains").toLowerCase(Locale.ROOT));
        if (domains.stream().anyMatch(domain -> !DOMAIN.matcher(domain).matches() || domain.length() > 120)) {
            problems.add(problem(row, "emaildomains", "organisation.import.emailDomain"));
        }
        checkLength(row, problems, "province", row.get("province"), 40);
        checkLength(row, problems, "street", row.get("street"), 200);
        Boolean active = active(row.get("active"));
        if (active == null) {
            problems.add(problem(row, "active", "organisation.import.active"));
        }
        if (!problems.isEmpty() || region == null || active == null) {
            return null;
        }
        return new OrganisationData(
                nis,
                nameNl,
                nameFr,
                blankToNull(row.get("namede")),
                postcodes,
                region,
                blankToNull(row.get("province")),
                languages,
                blankToNull(row.get("street")),
                blankToNull(phone),
                blankToNull(email),
                domains,
                active);
    }

    private static @Nullable ContactData contact(
            CsvRows.Row row, @Nullable Organisation organisation, List<ImportProblem> problems) {
        int before = problems.size();
        String first = row.get("firstname");
        String last = row.get("lastname");
        if (first.isEmpty()) {
            problems.add(problem(row, "firstname", "organisation.import.firstNameRequired"));
        }
        if (last.isEmpty()) {
            problems.add(problem(row, "lastname", "organisation.import.lastNameRequired"));
        }
        checkLength(row, problems, "firstname", first, 80);
        checkLength(row, problems, "lastname", last, 80);
        checkLength(row, problems, "function", row.get("function"), 120);
        for (String column : List.of("phone", "mobile")) {
            String value = row.get(column);
            if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
                problems.add(problem(row, column, "organisation.import.phone"));
            }
        }
        String email = row.get("email");
        if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
            problems.add(problem(row, "email", "organisation.import.email"));
        }
        ContentLanguage language = null;
        if (!row.get("language").isEmpty()) {
            language = ContentLanguage.fromCode(row.get("language")).orElse(null);
            if (language == null) {
                problems.add(problem(row, "language", "organisation.import.language"));
            }
        } else if (organisation != null) {
            language = OrganisationSummary.of(organisation).mainLanguage();
        }
        Boolean active = active(row.get("active"));
        if (active == null) {
            problems.add(problem(row, "active", "organisation.import.active"));
        }
        if (problems.size() > before || language == null || active == null) {
            return null;
        }
        return new ContactData(
                first,
                last,
                blankToNull(row.get("function")),
                blankToNull(row.get("phone")),
                blankToNull(row.get("mobile")),
                blankToNull(email),
                language,
                active);
    }

    /** The region in any of the ways people write it: FLANDERS, Vlaanderen, Flandre, VLG… */
    private static @Nullable Region region(String value) {
        return switch (SearchText.normalise(value)) {
            case "flanders", "vlaanderen", "vlaams gewest", "flandre", "region flamande", "vlg" -> Region.FLANDERS;
            case "wallonia", "wallonie", "waals gewest", "region wallonne", "wal" -> Region.WALLONIA;
            case "brussels",
                    "brussel",
                    "bruxelles",
                    "brussels capital region",
                    "brussels hoofdstedelijk gewest",
                    "region de bruxelles capitale",
                    "bru" -> Region.BRUSSELS;
            default -> null;
        };
    }

    private static @Nullable Boolean active(String value) {
        return switch (SearchText.normalise(value)) {
            case "", "true", "1", "ja", "yes", "oui", "actief", "actif", "active" -> Boolean.TRUE;
            case "false", "0", "nee", "no", "non", "inactief", "inactif", "inactive" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.split("[|,;\\s]+"))
                .filter(word -> !word.isBlank())
                .toList();
    }

    private static void checkLength(
            CsvRows.Row row, List<ImportProblem> problems, String column, String value, int max) {
        if (value.length() > max) {
            problems.add(
                    new ImportProblem(row.line(), row.header().name(column), "organisation.import.tooLong", value));
        }
    }

    private static ImportProblem problem(CsvRows.Row row, String column, String key) {
        return new ImportProblem(row.line(), row.header().name(column), key, row.get(column));
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}

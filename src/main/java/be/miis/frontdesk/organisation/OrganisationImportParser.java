package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.CsvReader;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.shared.SearchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the lines of one organisation or contact import file, one after the other, and turns each into an
 * {@link OrganisationData} or {@link ContactData}, or the list of everything wrong with it; no database. It
 * remembers the keys it has seen (NIS code; e-mail, else organisation and name), so a record repeated further down
 * the file is refused: use one parser per run. Problems name a column as the file's header wrote it.
 */
final class OrganisationImportParser {

    /** The columns as organisation.import.columns.* documents them; any case, space or underscore reads the same. */
    static final CsvReader.Columns ORGANISATION_COLUMNS = new CsvReader.Columns(
            List.of(
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
                    "active"),
            List.of("nis_code", "region"),
            "organisation.import.file");

    static final CsvReader.Columns CONTACT_COLUMNS = new CsvReader.Columns(
            List.of(
                    "nis_code",
                    "first_name",
                    "last_name",
                    "function",
                    "phone",
                    "mobile",
                    "email",
                    "language",
                    "active"),
            List.of("nis_code", "first_name", "last_name"),
            "organisation.import.file");

    private static final Pattern NIS = Pattern.compile("\\d{5}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9][0-9 ./()-]{5,39}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9.-]+\\.[a-z]{2,}");

    private final Set<String> keysSeen = new HashSet<>();

    /** A line read: either valid ({@code data} set, no problems) or refused for every reason found. */
    record Result<T>(@Nullable T data, List<ImportProblem> problems) {

        private static <T> Result<T> of(@Nullable T data, List<ImportProblem> problems) {
            return problems.isEmpty() && data != null ? new Result<>(data, List.of()) : new Result<>(null, problems);
        }
    }

    static CsvReader.Columns columns(ImportKind kind) {
        return kind == ImportKind.ORGANISATIONS ? ORGANISATION_COLUMNS : CONTACT_COLUMNS;
    }

    /** Checks one line of an organisation file. */
    Result<OrganisationData> organisation(CsvReader.Row row) {
        List<ImportProblem> found = refusedText(row);
        OrganisationData data = organisation(row, found);
        if (data != null && !keysSeen.add(data.nisCode())) {
            found.add(new ImportProblem(
                    row.line(), row.header().name("nis_code"), "organisation.import.duplicateInFile", data.nisCode()));
        }
        return Result.of(data, found);
    }

    /**
     * Checks one line of a contact file; {@code organisation} is the one of its NIS code, null when there is none
     * (then the line is refused).
     */
    Result<ContactData> contact(CsvReader.Row row, @Nullable OrganisationSummary organisation) {
        List<ImportProblem> found = refusedText(row);
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
        return Result.of(data, found);
    }

    /** The column of the file that holds a field of OrganisationData or ContactData, as its header names it. */
    static String columnOf(CsvReader.Row row, String component) {
        return row.header()
                .name(
                        switch (component) {
                            case "jobFunction" -> "function";
                            case "preferredLanguage" -> "language";
                            default -> CsvReader.key(component);
                        });
    }

    /** A line with a control character in any cell is refused (docs/bad-input.md); the other checks still run. */
    private static List<ImportProblem> refusedText(CsvReader.Row row) {
        List<ImportProblem> found = new ArrayList<>();
        PlainText.firstRefused(row.values())
                .ifPresent(column -> found.add(
                        new ImportProblem(row.line(), row.header().name(column), PlainText.REFUSED_KEY, null)));
        return found;
    }

    private static @Nullable OrganisationData organisation(CsvReader.Row row, List<ImportProblem> problems) {
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
            CsvReader.Row row, @Nullable OrganisationSummary organisation, List<ImportProblem> problems) {
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
            language = organisation.mainLanguage();
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
            CsvReader.Row row, List<ImportProblem> problems, String column, String value, int max) {
        if (value.length() > max) {
            problems.add(
                    new ImportProblem(row.line(), row.header().name(column), "organisation.import.tooLong", value));
        }
    }

    private static ImportProblem problem(CsvReader.Row row, String column, String key) {
        return new ImportProblem(row.line(), row.header().name(column), key, row.get(column));
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}

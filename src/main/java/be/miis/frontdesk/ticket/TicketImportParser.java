package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.CsvReader;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.InputDates;
import be.miis.frontdesk.shared.PlainText;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the lines of one ticket import file, one after the other, and turns each into a {@link TicketImportLine}
 * or the list of everything wrong with it. It remembers the references it has seen, so a reference repeated further
 * down the file is refused; use one parser per pass over a file.
 */
final class TicketImportParser {

    /** The columns of a ticket file; unknown ones are ignored (an export of the previous CRM may carry more). */
    static final CsvReader.Columns COLUMNS = new CsvReader.Columns(
            List.of(
                    "reference",
                    "received_at",
                    "channel",
                    "type",
                    "domain",
                    "language",
                    "organisation_nis",
                    "subject",
                    "status",
                    "answered_at",
                    "escalated"),
            List.of("received_at", "channel"),
            "ticket.import.file");

    static final String OTHER_DOMAIN = "OTHER";
    static final int MAX_SUBJECT = 200;

    private static final Pattern NIS = Pattern.compile("\\d{5}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final int MAX_REFERENCE = 16;

    private final Set<String> domainCodes;
    private final Instant now;
    private final Set<String> referencesSeen = new HashSet<>();

    /** {@code domainCodes}: the codes of the business domains; {@code now}: no ticket can be received later. */
    TicketImportParser(Set<String> domainCodes, Instant now) {
        this.domainCodes = Set.copyOf(domainCodes);
        this.now = now;
    }

    /** A line read: either valid (then {@code problems} is empty) or refused for every reason found. */
    record Result(@Nullable TicketImportLine line, List<ImportProblem> problems) {}

    /** Checks one line; {@code organisations} holds (at least) the known organisations of its NIS code, by code. */
    Result parse(CsvReader.Row row, Map<String, OrganisationSummary> organisations) {
        List<ImportProblem> problems = new ArrayList<>();
        PlainText.firstRefused(row.values())
                .ifPresent(column -> problems.add(new ImportProblem(row.line(), column, PlainText.REFUSED_KEY, null)));

        String reference = row.get("reference");
        if (!reference.isEmpty()) {
            if (reference.length() > MAX_REFERENCE) {
                problems.add(problem(row, "reference", "ticket.import.tooLong"));
            } else if (!REFERENCE.matcher(reference).matches()) {
                problems.add(problem(row, "reference", "ticket.import.reference"));
            } else if (!referencesSeen.add(reference)) {
                problems.add(problem(row, "reference", "ticket.import.duplicateInFile"));
            }
        }

        Instant receivedAt = null;
        if (row.get("received_at").isEmpty()) {
            problems.add(problem(row, "received_at", "ticket.import.required"));
        } else {
            receivedAt = instant(row, "received_at", problems);
        }
        Instant answeredAt = row.get("answered_at").isEmpty() ? null : instant(row, "answered_at", problems);
        if (receivedAt != null && answeredAt != null && answeredAt.isBefore(receivedAt)) {
            problems.add(problem(row, "answered_at", "ticket.import.answeredBeforeReceived"));
        }

        Channel channel = null;
        if (row.get("channel").isEmpty()) {
            problems.add(problem(row, "channel", "ticket.import.required"));
        } else {
            channel = constant(Channel.class, row, "channel", "ticket.import.channel", problems);
        }
        TicketType type = row.get("type").isEmpty()
                ? TicketType.QUESTION
                : constant(TicketType.class, row, "type", "ticket.import.type", problems);
        TicketStatus status = row.get("status").isEmpty()
                ? (answeredAt != null ? TicketStatus.ANSWERED : TicketStatus.NEW)
                : constant(TicketStatus.class, row, "status", "ticket.import.status", problems);

        String domain =
                row.get("domain").isEmpty() ? OTHER_DOMAIN : row.get("domain").toUpperCase(Locale.ROOT);
        if (!domainCodes.contains(domain)) {
            problems.add(problem(row, "domain", "ticket.import.domain"));
        }

        OrganisationSummary organisation = null;
        String nis = row.get("organisation_nis");
        if (!nis.isEmpty()) {
            if (!NIS.matcher(nis).matches()) {
                problems.add(problem(row, "organisation_nis", "ticket.import.nisCode"));
            } else {
                organisation = organisations.get(nis);
                if (organisation == null) {
                    problems.add(problem(row, "organisation_nis", "ticket.import.unknownOrganisation"));
                }
            }
        }

        ContentLanguage language = ContentLanguage.NL;
        if (!row.get("language").isEmpty()) {
            language = ContentLanguage.fromCode(row.get("language")).orElse(null);
            if (language == null) {
                problems.add(problem(row, "language", "ticket.import.language"));
            }
        } else if (organisation != null) {
            language = organisation.mainLanguage();
        }

        String subject = row.get("subject");
        if (subject.length() > MAX_SUBJECT) {
            problems.add(problem(row, "subject", "ticket.import.tooLong"));
        }

        Boolean escalated =
                switch (row.get("escalated").toLowerCase(Locale.ROOT)) {
                    case "" -> null;
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> {
                        problems.add(problem(row, "escalated", "ticket.import.escalated"));
                        yield null;
                    }
                };
        // The backoffice has (or had) these tickets: they were escalated, whatever the column says.
        boolean escalatedByStatus = status == TicketStatus.ESCALATED || status == TicketStatus.IN_PROGRESS;
        if (escalatedByStatus && Boolean.FALSE.equals(escalated)) {
            problems.add(problem(row, "escalated", "ticket.import.escalatedByStatus"));
        }

        if (!problems.isEmpty()
                || receivedAt == null
                || channel == null
                || type == null
                || status == null
                || language == null) {
            return new Result(null, problems);
        }
        return new Result(
                new TicketImportLine(
                        row.line(),
                        reference.isEmpty() ? null : reference,
                        receivedAt,
                        channel,
                        type,
                        domain,
                        language,
                        organisation == null ? null : organisation.id(),
                        subject.isEmpty() ? null : subject,
                        status,
                        answeredAt,
                        escalatedByStatus || Boolean.TRUE.equals(escalated)),
                List.of());
    }

    /**
     * ISO-8601 with an offset ("2026-03-05T10:15:00+01:00", "…Z"), or a local time in Brussels without one
     * ("2026-03-05T10:15", a space instead of the T too). A local time that the spring clock change skips does not
     * exist and is refused; one that the autumn change repeats is taken as the first (summer time).
     */
    private @Nullable Instant instant(CsvReader.Row row, String column, List<ImportProblem> problems) {
        String value = row.get(column);
        String iso = value.length() > 10 && value.charAt(10) == ' '
                ? value.substring(0, 10) + 'T' + value.substring(11)
                : value;
        Instant instant;
        try {
            instant = OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(iso);
                if (BusinessTime.ZONE.getRules().getValidOffsets(local).isEmpty()) {
                    problems.add(problem(row, column, "ticket.import.dateInGap"));
                    return null;
                }
                instant = ZonedDateTime.ofLocal(local, BusinessTime.ZONE, null).toInstant();
            } catch (DateTimeException e) {
                problems.add(problem(row, column, "ticket.import.date"));
                return null;
            }
        }
        if (InputDates.isOutside(instant)) {
            problems.add(problem(row, column, InputDates.REFUSED_KEY));
            return null;
        }
        if (instant.isAfter(now)) {
            problems.add(problem(row, column, "ticket.import.future"));
            return null;
        }
        return instant;
    }

    private static <E extends Enum<E>> @Nullable E constant(
            Class<E> type, CsvReader.Row row, String column, String key, List<ImportProblem> problems) {
        try {
            return Enum.valueOf(type, row.get(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(problem(row, column, key));
            return null;
        }
    }

    private static ImportProblem problem(CsvReader.Row row, String column, String key) {
        return new ImportProblem(row.line(), column, key, row.get(column));
    }
}

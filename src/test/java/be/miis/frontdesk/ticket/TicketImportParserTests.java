package be.miis.frontdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.organisation.Region;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.CsvReader;
import be.miis.frontdesk.shared.ImportFileException;
import be.miis.frontdesk.shared.ImportProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketImportParserTests {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String HEADER =
            "reference,received_at,channel,type,domain,language,organisation_nis,subject,status,answered_at,escalated\n";
    private static final OrganisationSummary LIEGE = new OrganisationSummary(
            7,
            "62063",
            "Luik",
            "Liège",
            "Lüttich",
            List.of("4000"),
            Region.WALLONIA,
            List.of(ContentLanguage.FR),
            true);

    private final TicketImportParser parser = new TicketImportParser(Set.of("RMI", "OTHER"), NOW);

    @Test
    void readsAFullLineWithAnOffset() {
        TicketImportLine line =
                valid("CMI-2024-000123,2024-03-05T10:15:00+01:00,email,COMPLAINT,rmi,fr,62063,Retard,CLOSED,"
                        + "2024-03-06T09:00:00Z,true");

        assertThat(line.reference()).isEqualTo("CMI-2024-000123");
        assertThat(line.receivedAt()).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
        assertThat(line.channel()).isEqualTo(Channel.EMAIL);
        assertThat(line.type()).isEqualTo(TicketType.COMPLAINT);
        assertThat(line.domainCode()).isEqualTo("RMI");
        assertThat(line.language()).isEqualTo(ContentLanguage.FR);
        assertThat(line.organisationId()).isEqualTo(7L);
        assertThat(line.subject()).isEqualTo("Retard");
        assertThat(line.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(line.answeredAt()).isEqualTo(Instant.parse("2024-03-06T09:00:00Z"));
        assertThat(line.escalated()).isTrue();
    }

    @Test
    void fillsTheOptionalColumnsWithTheirDefaults() {
        TicketImportLine line = valid(",2024-03-05T10:15,PHONE,,,,,,,,");

        assertThat(line.reference()).as("generated on import").isNull();
        assertThat(line.type()).isEqualTo(TicketType.QUESTION);
        assertThat(line.domainCode()).isEqualTo(TicketImportParser.OTHER_DOMAIN);
        assertThat(line.language()).isEqualTo(ContentLanguage.NL);
        assertThat(line.organisationId()).isNull();
        assertThat(line.subject()).isNull();
        assertThat(line.status()).isEqualTo(TicketStatus.NEW);
        assertThat(line.escalated()).isFalse();
    }

    @Test
    void takesTheLanguageOfTheOrganisationAndAnswersMakeItAnswered() {
        TicketImportLine line = valid(",2024-03-05T10:15,PHONE,,,,62063,,,2024-03-05T11:00,");

        assertThat(line.language()).isEqualTo(ContentLanguage.FR);
        assertThat(line.status()).isEqualTo(TicketStatus.ANSWERED);
    }

    @Test
    void readsATimeWithoutOffsetAsBrusselsTimeInWinterAndSummer() {
        assertThat(valid(",2024-01-15T09:00,PHONE,,,,,,,,").receivedAt())
                .isEqualTo(Instant.parse("2024-01-15T08:00:00Z"));
        assertThat(valid(",2024-07-15 09:00:30,PHONE,,,,,,,,").receivedAt())
                .as("a space instead of the T, as spreadsheets write it")
                .isEqualTo(Instant.parse("2024-07-15T07:00:30Z"));
    }

    @Test
    void refusesALocalTimeSkippedByTheSpringClockChangeAndTakesTheFirstOfARepeatedOne() {
        assertThat(problems(",2026-03-29T02:30,PHONE,,,,,,,,"))
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple("received_at", "ticket.import.dateInGap"));
        assertThat(valid(",2026-03-29T03:00,PHONE,,,,,,,,").receivedAt())
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(valid(",2025-10-26T02:30,PHONE,,,,,,,,").receivedAt())
                .as("02:30 happens twice that night: the first, still summer time")
                .isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        assertThat(valid(",2025-10-26T02:30+01:00,PHONE,,,,,,,,").receivedAt())
                .as("with an offset it is never ambiguous")
                .isEqualTo(Instant.parse("2025-10-26T01:30:00Z"));
    }

    @Test
    void refusesMissingRequiredColumnsUnknownConstantsAndBadDates() {
        assertThat(problems(",,,,,,,,,,"))
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(
                        tuple("received_at", "ticket.import.required"), tuple("channel", "ticket.import.required"));
        assertThat(problems("X,05/03/2024 10:15,FAX,REQUEST,PENSIONS,es,,,DONE,2024-03-05,maybe"))
                .extracting(ImportProblem::field, ImportProblem::messageKey, ImportProblem::value)
                .containsExactly(
                        tuple("received_at", "ticket.import.date", "05/03/2024 10:15"),
                        tuple("answered_at", "ticket.import.date", "2024-03-05"),
                        tuple("channel", "ticket.import.channel", "FAX"),
                        tuple("type", "ticket.import.type", "REQUEST"),
                        tuple("status", "ticket.import.status", "DONE"),
                        tuple("domain", "ticket.import.domain", "PENSIONS"),
                        tuple("language", "ticket.import.language", "es"),
                        tuple("escalated", "ticket.import.escalated", "maybe"));
    }

    @Test
    void refusesTimesInTheFutureAndAnswersBeforeTheQuestion() {
        assertThat(problems(",2027-01-01T10:00Z,PHONE,,,,,,,,"))
                .extracting(ImportProblem::messageKey)
                .containsExactly("ticket.import.future");
        assertThat(problems(",2024-03-05T10:00Z,PHONE,,,,,,,2024-03-05T09:00Z,"))
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple("answered_at", "ticket.import.answeredBeforeReceived"));
    }

    @Test
    void refusesBadAndUnknownNisCodes() {
        assertThat(problems(",2024-03-05T10:00Z,PHONE,,,,6206,,,,"))
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple("organisation_nis", "ticket.import.nisCode"));
        assertThat(problems(",2024-03-05T10:00Z,PHONE,,,,99999,,,,"))
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple("organisation_nis", "ticket.import.unknownOrganisation"));
    }

    @Test
    void refusesAReferenceRepeatedInTheFileButNotItsFirstLine() {
        List<CsvReader.Row> rows = rows(HEADER
                + "OLD-1,2024-03-05T10:00Z,PHONE,,,,,,,,\n"
                + "OLD-2,2024-03-05T10:00Z,PHONE,,,,,,,,\n"
                + "OLD-1,2024-03-06T10:00Z,EMAIL,,,,,,,,\n");

        assertThat(parser.parse(rows.get(0), Map.of()).line()).isNotNull();
        assertThat(parser.parse(rows.get(1), Map.of()).line()).isNotNull();
        TicketImportParser.Result third = parser.parse(rows.get(2), Map.of());
        assertThat(third.line()).isNull();
        assertThat(third.problems())
                .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::messageKey, ImportProblem::value)
                .containsExactly(tuple(4, "reference", "ticket.import.duplicateInFile", "OLD-1"));
    }

    @Test
    void refusesReferencesThatDoNotFitAndEscalatedFalseOnAnEscalatedStatus() {
        assertThat(problems("CMI-2024-0001234567,2024-03-05T10:00Z,PHONE,,,,,,,,"))
                .extracting(ImportProblem::messageKey)
                .containsExactly("ticket.import.tooLong");
        assertThat(problems("a b,2024-03-05T10:00Z,PHONE,,,,,,,,"))
                .extracting(ImportProblem::messageKey)
                .containsExactly("ticket.import.reference");
        assertThat(problems(",2024-03-05T10:00Z,PHONE,,,,,,IN_PROGRESS,,false"))
                .extracting(ImportProblem::messageKey)
                .containsExactly("ticket.import.escalatedByStatus");
        assertThat(valid(",2024-03-05T10:00Z,PHONE,,,,,,ESCALATED,,").escalated())
                .as("implied by the status")
                .isTrue();
        assertThat(problems(",2024-03-05T10:00Z,PHONE,,,,," + "x".repeat(201) + ",,,"))
                .extracting(ImportProblem::field)
                .containsExactly("subject");
    }

    @Test
    void readsHeadersInAnyCaseSemicolonsQuotesAndTheExcelBom() {
        List<CsvReader.Row> rows = rows(
                "\uFEFFReceived At;Channel;Subject;Unknown\n" + "2024-03-05T10:00Z;phone;\"Leefloon; student\";x\n\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get("received_at")).isEqualTo("2024-03-05T10:00Z");
            assertThat(row.get("subject")).isEqualTo("Leefloon; student");
            assertThat(row.get("reference")).isEmpty();
        });
    }

    @Test
    void aWrongHeaderNamesEveryMissingColumnAndTheUnknownOnesAsWritten() {
        assertThatThrownBy(() -> rows("Ontvangen op;Kanaal;subject\n2024-03-05T10:00Z;PHONE;x\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field, ImportProblem::messageKey, ImportProblem::value)
                        .containsExactly(
                                tuple("received_at", "ticket.import.file.missingColumn", "received_at"),
                                tuple("channel", "ticket.import.file.missingColumn", "channel"),
                                tuple("Ontvangen op", "ticket.import.file.unknownColumn", "Ontvangen op"),
                                tuple("Kanaal", "ticket.import.file.unknownColumn", "Kanaal")));
    }

    @Test
    void refusesAFileWithoutARequiredColumnOrNotInUtf8() {
        assertThatThrownBy(() -> rows("received_at,subject\n2024-03-05T10:00Z,x\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ticket.import.file.missingColumn");
                    assertThat(e.detail()).isEqualTo("channel");
                });
        byte[] latin1 =
                "received_at,channel,subject\n2024-03-05T10:00Z,PHONE,Liège\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(
                        () -> CsvReader.read(new ByteArrayInputStream(latin1), TicketImportParser.COLUMNS, row -> {}))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("ticket.import.file.encoding"));
        assertThatThrownBy(() -> rows(""))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("ticket.import.file.empty"));
    }

    private TicketImportLine valid(String line) {
        TicketImportParser.Result result = parse(line);
        assertThat(result.problems()).isEmpty();
        assertThat(result.line()).isNotNull();
        return result.line();
    }

    private List<ImportProblem> problems(String line) {
        TicketImportParser.Result result = parse(line);
        assertThat(result.line()).isNull();
        return result.problems();
    }

    private TicketImportParser.Result parse(String line) {
        return parser.parse(rows(HEADER + line + "\n").get(0), Map.of("62063", LIEGE));
    }

    private static List<CsvReader.Row> rows(String csv) {
        List<CsvReader.Row> rows = new ArrayList<>();
        CsvReader.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TicketImportParser.COLUMNS, rows::add);
        return rows;
    }
}

package be.miis.frontdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@FrontdeskIntegrationTest
class ComplaintIT {

    /** A Wednesday: 30 days later is New Year's Day, a holiday before a weekend. */
    private static final Instant RECEIVED = Instant.parse("2026-12-02T09:00:00Z");

    @LocalServerPort
    private int port;

    @Autowired
    private TicketService tickets;

    @Autowired
    private ComplaintService complaints;

    @Autowired
    private ComplaintRepository cases;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aComplaintRunsThroughAcknowledgementAdmissibilityInvestigationAndAnswerWithItsLetters() throws Exception {
        Complaint complaint = complaintFrom("agent");
        // Five working days after Wednesday 2 December; 30 days later is 1 January, a holiday, then a weekend.
        assertThat(ComplaintDeadlines.lastDay(complaint.acknowledgementDue())).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(ComplaintDeadlines.lastDay(complaint.answerDue())).isEqualTo(LocalDate.of(2027, 1, 4));
        WebSession handler = new WebSession(port).login("expert");
        String path = "/backoffice/complaints/" + complaint.id();

        assertThat(handler.get("/backoffice/complaints").body()).contains(complaint.reference());
        assertThat(handler.post(path + "/acknowledge", "version=" + version(complaint))
                        .body())
                .contains("De ontvangstbevestiging is verstuurd.");
        assertThat(handler.post(path + "/admissibility", "admissible=true&explanation=&version=" + version(complaint))
                        .statusCode())
                .isEqualTo(200);
        handler.post(path + "/concerned", "concernedProcess=Terugbelplanning&version=" + version(complaint));
        long cause = complaints.rootCauses().get(1).id();
        String page = handler.post(
                        path + "/answer",
                        "outcome=FOUNDED&rootCauseId=" + cause
                                + "&actionTaken=Nieuwe+planning&answer=Wij+hadden+u+moeten+terugbellen.&version="
                                + version(complaint))
                .body();

        assertThat(page).contains("Het gemotiveerde antwoord is verstuurd");
        Complaint answered = cases.findById(complaint.id()).orElseThrow();
        assertThat(answered.stage()).isEqualTo(ComplaintStage.ANSWERED);
        assertThat(answered.rootCauseId()).isEqualTo(cause);
        assertThat(answered.acknowledgedInTime(Instant.now())).isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> letters(complaint.ticketId()).size() == 3);
        assertThat(jdbc.sql("select count(*) from mail_outbox where ticket_id = :id and recipient is null")
                        .param("id", complaint.ticketId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(letters(complaint.ticketId()))
                .containsExactly("COMPLAINT_ACKNOWLEDGEMENT", "COMPLAINT_ADMISSIBILITY", "COMPLAINT_ANSWER");
        // In the ticket's language (French): the date promised, and the second line, the federal Ombudsman.
        assertThat(body(complaint.ticketId(), "COMPLAINT_ACKNOWLEDGEMENT")).contains("4 janvier 2027");
        assertThat(body(complaint.ticketId(), "COMPLAINT_ANSWER"))
                .contains("Médiateur fédéral")
                .contains("fondée");
    }

    @Test
    void refusedStepsChangeNothingAndSayWhy() throws Exception {
        Complaint complaint = complaintFrom("agent");
        WebSession handler = new WebSession(port).login("expert");
        String path = "/backoffice/complaints/" + complaint.id();

        String page = handler.post(path + "/answer", "outcome=UNFOUNDED&answer=Nee&version=" + version(complaint))
                .body();

        assertThat(page).contains("Alleen een ontvankelijke klacht in onderzoek krijgt een gemotiveerd antwoord.");
        handler.post(path + "/acknowledge", "version=" + version(complaint));
        page = handler.post(path + "/admissibility", "admissible=false&explanation=&version=" + version(complaint))
                .body();
        assertThat(page).contains("Kies de reden waarom de klacht onontvankelijk is.");
        assertThat(cases.findById(complaint.id()).orElseThrow().stage()).isEqualTo(ComplaintStage.ACKNOWLEDGED);
    }

    @Test
    void aComplaintAboutAPersonIsHiddenFromAgents() throws Exception {
        Complaint complaint = complaintFrom("agent");
        WebSession agent = new WebSession(port).login("agent");
        String ticketPage = "/frontdesk/tickets/" + complaint.reference();
        String search = "/frontdesk/inbox?view=ALL&q=" + complaint.reference();
        assertThat(agent.get(ticketPage).statusCode()).isEqualTo(200);
        assertThat(agent.get(search).body()).contains("href=\"" + ticketPage + "\"");

        complaints.concern(complaint.id(), version(complaint), "agent", null, "expert");

        assertThat(agent.get(ticketPage).statusCode()).isEqualTo(403);
        assertThat(agent.get(search).body())
                .as("not in the agent's lists either: a subject can name the person")
                .doesNotContain("href=\"" + ticketPage + "\"");
        assertThat(api("/api/v1/tickets?view=ALL&q=" + complaint.reference(), "application/json", "agent")
                        .body())
                .doesNotContain(complaint.reference());
        assertThat(agent.get("/backoffice/complaints").statusCode()).isEqualTo(403);
        assertThat(api("/api/v1/tickets/" + complaint.reference(), "application/json", "agent")
                        .statusCode())
                .isEqualTo(403);
        // The complainant's own status page reads the ticket as the portal, which is not staff.
        assertThat(tickets.get(complaint.reference(), "portal").reference()).isEqualTo(complaint.reference());
        WebSession expert = new WebSession(port).login("expert");
        assertThat(expert.get(ticketPage).statusCode()).isEqualTo(200);
        assertThat(expert.get(search).body()).as("a complaint handler's lists").contains("href=\"" + ticketPage + "\"");
        assertThat(complaints.mayHandle("manager")).isTrue();
        assertThat(complaints.mayHandle("agent")).isFalse();
    }

    @Test
    void managersSeeTheYearAsAPrintablePageAWorkbookAndThroughTheApi() throws Exception {
        Complaint complaint = complaintFrom("agent");
        long cause = complaints.rootCauses().get(0).id();
        complaints.acknowledge(complaint.id(), version(complaint), "expert");
        complaints.decide(complaint.id(), version(complaint), true, null, null, "expert");
        String lesson = "Lesson " + complaint.reference();
        complaints.answer(
                complaint.id(), version(complaint), ComplaintOutcome.PARTLY_FOUNDED, cause, lesson, "Sorry.", "expert");
        WebSession manager = new WebSession(port).login("manager");

        HttpResponse<String> page = manager.get("/manager/complaints?year=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(" 2026</h1>").contains(lesson).contains("complaints-root-causes");
        assertThat(manager.get("/manager/complaints?year=1999").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> xlsx = manager.getBytes("/manager/complaints/export?year=2026");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet lessons = workbook.getSheetAt(2);
            boolean found = false;
            for (Row row : lessons) {
                found |= lesson.equals(
                        row.getCell(4) == null ? null : row.getCell(4).getStringCellValue());
            }
            assertThat(found).as("the lesson in the workbook").isTrue();
        }

        HttpResponse<String> json =
                api("/api/v1/complaints?from=2026-12-01&to=2026-12-31", "application/json", "manager");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body())
                .contains("\"reference\":\"" + complaint.reference() + "\"")
                .contains("\"outcome\":\"PARTLY_FOUNDED\"")
                .contains("\"answer_due\":\"2027-01-04\"")
                .doesNotContain("concerned");
        HttpResponse<String> csv = api("/api/v1/complaints?from=2026-12-01&to=2026-12-31", "text/csv", "manager");
        assertThat(csv.body()).startsWith("reference,received_at,channel").contains(complaint.reference());
        assertThat(api("/api/v1/complaints?from=2026-12-31&to=2026-12-01", "application/json", "manager")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api("/api/v1/complaints", "application/json", "agent").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDemoYearHasComplaintsWithOutcomesRootCausesAndLessons() {
        ComplaintFigures year = complaints.figures(2026, "manager");

        assertThat(year.total().received()).isGreaterThanOrEqualTo(20);
        assertThat(year.byOutcome().values()).allMatch(n -> n > 0);
        assertThat(year.byRootCause().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isPositive();
        assertThat(year.lessons()).isNotEmpty();
        assertThat(year.total().inadmissible()).isPositive();
        assertThat(year.total().answeredLate()).isPositive();
        assertThat(year.total().open()).isPositive();
    }

    @Test
    void aQuestionTheAgentReadsAsAComplaintGetsItsCaseWithDeadlinesFromItsReceipt() throws Exception {
        long[] contact = jdbc.sql("select id, organisation_id from contact where email <> '' order by id limit 1")
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("organisation_id")})
                .single();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        contact[1],
                        contact[0],
                        "Al drie keer gebeld",
                        "Niemand belt terug, dit is de derde keer.",
                        RECEIVED,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        long ticketId = tickets.findId(reference).orElseThrow();
        WebSession agent = new WebSession(port).login("agent");
        String page = agent.get("/frontdesk/tickets/" + reference).body();
        assertThat(page).contains("/frontdesk/tickets/" + reference + "/complaint");

        HttpResponse<String> marked = agent.post(
                "/frontdesk/tickets/" + reference + "/complaint",
                "version=" + tickets.get(reference, "test").version());

        assertThat(marked.body()).contains("is een klacht").doesNotContain(reference + "/complaint\"");
        assertThat(tickets.get(reference, "test").type()).isEqualTo(TicketType.COMPLAINT);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.findByTicketId(ticketId).isPresent());
        Complaint complaint = cases.findByTicketId(ticketId).orElseThrow();
        assertThat(ComplaintDeadlines.lastDay(complaint.acknowledgementDue()))
                .as("from the receipt, not from the marking")
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(jdbc.sql("select count(*) from ticket_entry where ticket_id = ? and field = 'type'")
                        .param(ticketId)
                        .query(Long.class)
                        .single())
                .as("on the timeline")
                .isEqualTo(1);

        assertThat(agent.get("/frontdesk/tickets/" + reference).body())
                .as("the ticket page loads its case's badge")
                .contains("/frontdesk/tickets/" + reference + "/complaint-case");
        assertThat(agent.get("/frontdesk/tickets/" + reference + "/complaint-case", "HX-Request", "true")
                        .body())
                .as("the stage for the agent, without a link to the case")
                .contains("Klachtdossier: Ontvangen")
                .doesNotContain("/backoffice/complaints/");
        assertThat(new WebSession(port)
                        .login("expert")
                        .get("/frontdesk/tickets/" + reference + "/complaint-case", "HX-Request", "true")
                        .body())
                .as("the handler's link to the case")
                .contains("href=\"/backoffice/complaints/" + complaint.id() + "\"");

        HttpResponse<String> again = agent.post(
                "/frontdesk/tickets/" + reference + "/complaint",
                "version=" + tickets.get(reference, "test").version());
        assertThat(again.body()).contains("Alleen een open vraag kan een klacht worden.");
        assertThat(cases.findAll().stream()
                        .filter(c -> c.ticketId() == ticketId)
                        .count())
                .isEqualTo(1);
    }

    private HttpResponse<String> api(String path, String accept, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", accept)
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private Complaint complaintFrom(String actor) {
        // A contact with an address: the letters go to the ticket's contact.
        long[] contact = jdbc.sql("select id, organisation_id from contact where email <> '' order by id limit 1")
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("organisation_id")})
                .single();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.COMPLAINT,
                        "RMI",
                        ContentLanguage.FR,
                        contact[1],
                        contact[0],
                        "Personne ne m'a rappelé",
                        "On m'avait promis un rappel.",
                        RECEIVED,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                actor);
        long ticketId = tickets.findId(reference).orElseThrow();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.findByTicketId(ticketId).isPresent());
        return cases.findByTicketId(ticketId).orElseThrow();
    }

    private int version(Complaint complaint) {
        return cases.findById(complaint.id()).orElseThrow().version();
    }

    private List<String> letters(long ticketId) {
        return jdbc.sql("select kind from mail_outbox where ticket_id = :id and kind like 'COMPLAINT%' order by id")
                .param("id", ticketId)
                .query(String.class)
                .list();
    }

    private String body(long ticketId, String kind) {
        return jdbc.sql("select text_body from mail_outbox where ticket_id = :id and kind = :kind")
                .param("id", ticketId)
                .param("kind", kind)
                .query(String.class)
                .single();
    }
}

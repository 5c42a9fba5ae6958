package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who saw what (docs/security.md): opening a ticket or a contact is on the trail, the administrator's report filters
 * it by user, ticket, contact and days and downloads it as CSV (a download itself on the trail), and at a million
 * rows a page deep in the report still reads only its own rows.
 */
@FrontdeskIntegrationTest
class AccessReportIT {

    private static final String BULK = "bulk-viewer";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @AfterEach
    void removeBulk() {
        jdbc.sql("delete from audit_event where actor = ?").param(BULK).update();
    }

    @Test
    void openingATicketOrAContactShowsInTheReportFilteredByUserTicketContactAndDay() throws Exception {
        String reference = jdbc.sql("select reference from ticket order by id limit 1")
                .query(String.class)
                .single();
        long contact = jdbc.sql("select id from contact order by id limit 1")
                .query(Long.class)
                .single();
        WebSession agent = new WebSession(port).login("agent");
        agent.get("/frontdesk/tickets/" + reference);
        agent.get("/frontdesk/contacts/" + contact);

        WebSession admin = new WebSession(port).login("admin");
        String byTicket = admin.get("/admin/audit?action=VIEWED&ticket=" + reference.toLowerCase())
                .body();
        assertThat(byTicket).contains("ticket " + reference).doesNotContain("contact " + contact + "<");
        String byContact =
                admin.get("/admin/audit?actor=agent&contact=" + contact).body();
        assertThat(byContact).contains("contact " + contact).doesNotContain("ticket " + reference);
        assertThat(admin.get("/admin/audit?contact=" + contact + "&from=2020-01-01&to=2020-12-31")
                        .body())
                .as("outside the period")
                .doesNotContain("contact " + contact + "<");

        HttpResponse<String> csv = admin.get("/admin/audit/export?actor=agent&action=VIEWED&contact=" + contact);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("audit.csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("occurred_at,actor,actor_name,action,target_type,target_id,details,remote_addr");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> assertThat(line)
                .matches("occurred_at.*|.*,agent,.*,VIEWED,contact," + contact + ",.*"));
        assertThat(jdbc.sql("select details from audit_event where actor = 'admin' and action = 'EXPORTED' "
                                + "order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("user=agent event=VIEWED contact=" + contact);
    }

    @Test
    void aLongTrailEndsInALoadMoreRowThatFetchesTheNextPageWithTheFilters() throws Exception {
        WebSession admin = new WebSession(port).login("admin");
        String page = admin.get("/admin/audit?action=LOGIN_SUCCEEDED").body();
        if (!page.contains("id=\"audit-more\"")) {
            for (int i = 0; i < 51; i++) {
                audit.record("admin", AuditAction.LOGIN_SUCCEEDED, "user", "admin", null);
            }
            page = admin.get("/admin/audit?action=LOGIN_SUCCEEDED").body();
        }
        Matcher more = Pattern.compile("(?s)<tr id=\"audit-more\">\\s*<td colspan=\"6\"[^>]*>\\s*<button ([^>]*)>")
                .matcher(page);
        assertThat(more.find()).as(page).isTrue();
        assertThat(more.group(1)).contains("hx-target=\"#audit-more\"").contains("hx-swap=\"outerHTML\"");
        Matcher url = Pattern.compile("hx-get=\"([^\"]+)\"").matcher(more.group(1));
        assertThat(url.find()).isTrue();
        String next = url.group(1).replace("&amp;", "&");
        assertThat(next)
                .startsWith("/admin/audit?")
                .contains("action=LOGIN_SUCCEEDED")
                .contains("after=");
        assertThat(admin.get(next, "HX-Request", "true").body())
                .as("the next page's rows")
                .contains("<tr");
    }

    @Test
    void aFilterThatCannotBeReadIsExplainedAndListsNothing() throws Exception {
        WebSession admin = new WebSession(port).login("admin");

        String both = admin.get("/admin/audit?ticket=CMI-2026-000001&contact=1").body();
        assertThat(both).contains("alert-danger");
        String day = admin.get("/admin/audit?from=yesterday").body();
        assertThat(day).contains("alert-danger").doesNotContain("id=\"audit-export\"");
        assertThat(admin.get("/admin/audit/export?from=2026-12-31&to=2026-01-01")
                        .statusCode())
                .isEqualTo(400);
        WebSession agent = new WebSession(port).login("agent");
        assertThat(agent.get("/admin/audit/export").statusCode()).isEqualTo(403);
    }

    @Test
    void atAMillionRowsAPageDeepInTheReportReadsOnlyItsOwnRows() {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, target_type, target_id)
                        select timestamptz '2020-01-01 00:00:00+00' + make_interval(secs => n * 30), :actor, 'VIEWED',
                               'ticket', 'CMI-2020-' || lpad((n % 50000)::text, 6, '0')
                        from generate_series(1, 1000000) as n
                        """).param("actor", BULK).update();
        jdbc.sql("analyze audit_event").update();

        AuditQuery query = new AuditQuery(BULK, AuditAction.VIEWED);
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            cursor = audit.find(query, cursor, 50).nextCursor();
        }
        // Jump deep: the keyset of the row 600 000 rows from the newest.
        Map<String, Object> deep = jdbc.sql("""
                        select occurred_at, id from audit_event where actor = :actor
                        order by occurred_at desc, id desc offset 600000 limit 1
                        """).param("actor", BULK).query().singleRow();
        String deepCursor = new be.miis.frontdesk.shared.KeysetCursor(
                        ((java.sql.Timestamp) deep.get("occurred_at")).toInstant(), (Long) deep.get("id"))
                .toString();

        for (String at : new String[] {cursor, deepCursor}) {
            AuditLog.Page page = AuditLog.page(query, at, 50);
            String plan = jdbc.sql("explain (analyze, buffers, format json) " + page.sql())
                    .params(page.params())
                    .query(String.class)
                    .single();
            assertThat(plan)
                    .as("an index in keyset order, no sort of the user's rows")
                    .contains("Index Scan");
            assertThat(plan).doesNotContain("\"Node Type\": \"Sort\"");
            long rowsRead = rowsRead(plan);
            assertThat(rowsRead).as("rows the page read from audit_event").isLessThanOrEqualTo(51);
        }
        assertThat(audit.find(query, deepCursor, 50).items()).hasSize(50).allSatisfy(entry -> assertThat(entry.actor())
                .isEqualTo(BULK));
    }

    /** The rows the scan of audit_event returned, from the plan's "Actual Rows" of that node. */
    private static long rowsRead(String plan) {
        java.util.regex.Matcher scan = java.util.regex.Pattern.compile(
                        "\"Relation Name\": \"audit_event\"[^}]*?\"Actual Rows\": (\\d+)",
                        java.util.regex.Pattern.DOTALL)
                .matcher(plan);
        assertThat(scan.find()).as("a scan of audit_event in %s", plan).isTrue();
        return Long.parseLong(scan.group(1));
    }
}

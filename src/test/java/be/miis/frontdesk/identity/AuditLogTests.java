package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import be.miis.frontdesk.test.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@FrontdeskDataJpaTest
@Import(IdentityTestConfiguration.class)
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    @Autowired
    UserAccountRepository users;

    @Autowired
    IdentityService identity;

    private final String actor = "audit-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-03-02T08:00:00.123456Z"));
    }

    @Test
    void theSecondPageContinuesExactlyAfterTheFirst() {
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            audit.record(actor, AuditAction.LOGIN_FAILED, "user", "t" + i, null);
            recorded.add(0, "t" + i);
            clock.advance(Duration.ofSeconds(1));
        }

        PagedResult<AuditEntry> first = audit.find(new AuditQuery(actor, null), null, 3);
        PagedResult<AuditEntry> second = audit.find(new AuditQuery(actor, null), first.nextCursor(), 3);
        PagedResult<AuditEntry> third = audit.find(new AuditQuery(actor, null), second.nextCursor(), 3);

        assertThat(targets(first)).containsExactly("t6", "t5", "t4");
        assertThat(targets(second)).containsExactly("t3", "t2", "t1");
        assertThat(targets(third)).containsExactly("t0");
        assertThat(third.nextCursor()).isNull();
    }

    @Test
    void rowsAtTheSameMomentAreNeitherRepeatedNorSkipped() {
        // Many events in one microsecond: only the id can tell them apart at a page boundary.
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            audit.record(actor, AuditAction.USER_UPDATED, "user", "same" + i, null);
        }

        String cursor = null;
        int pages = 0;
        do {
            PagedResult<AuditEntry> page = audit.find(new AuditQuery(actor, null), cursor, 4);
            all.addAll(targets(page));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(all)
                .doesNotHaveDuplicates()
                .containsExactly(
                        "same9", "same8", "same7", "same6", "same5", "same4", "same3", "same2", "same1", "same0");
    }

    @Test
    void aFullLastPageHasNoNextCursor() {
        for (int i = 0; i < 4; i++) {
            audit.record(actor, AuditAction.LOGIN_SUCCEEDED, "user", "x" + i, null);
        }

        PagedResult<AuditEntry> page = audit.find(new AuditQuery(actor, null), null, 4);

        assertThat(page.items()).hasSize(4);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void filtersByActorAndAction() {
        audit.record(actor, AuditAction.LOGIN_FAILED, "user", "a", null);
        audit.record(actor, AuditAction.LOGIN_SUCCEEDED, "user", "b", null);
        audit.record(actor + "-other", AuditAction.LOGIN_FAILED, "user", "c", null);

        assertThat(targets(audit.find(new AuditQuery(actor, AuditAction.LOGIN_FAILED), null, 10)))
                .containsExactly("a");
        assertThat(targets(audit.find(new AuditQuery(" " + actor + " ", null), null, 10)))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aTamperedCursorStartsFromTheTop() {
        audit.record(actor, AuditAction.LOGIN_FAILED, "user", "a", null);

        assertThat(targets(audit.find(new AuditQuery(actor, null), "not-a-cursor", 10)))
                .containsExactly("a");
        assertThat(targets(audit.find(new AuditQuery(actor, null), "99999999999999999999.1", 10)))
                .containsExactly("a");
    }

    @Test
    void eachEventNamesItsActorAndUserTargetByFullNameFromTheSameQuery() {
        users.save(UserAccountMother.account(actor, Role.ADMIN));
        String target = actor + "-t";
        users.save(UserAccountMother.account(target, Role.AGENT));
        audit.record(actor, AuditAction.USER_CREATED, "user", target, null);
        audit.record(actor.toUpperCase(Locale.ROOT), AuditAction.LOGIN_SUCCEEDED, "api_token", "7", null);
        audit.record(actor + "-nobody", AuditAction.LOGIN_FAILED, "user", actor + "-nobody", null);

        List<AuditEntry> entries = new ArrayList<>();
        for (String who : List.of(actor, actor.toUpperCase(Locale.ROOT), actor + "-nobody")) {
            entries.addAll(audit.find(new AuditQuery(who, null), null, 10).items());
        }

        String name = users.findByUsername(actor).orElseThrow().getDisplayName();
        String targetName = users.findByUsername(target).orElseThrow().getDisplayName();
        assertThat(entries)
                .extracting(AuditEntry::actorName, AuditEntry::targetName)
                .containsExactly(tuple(name, targetName), tuple(name, null), tuple(null, null));
        assertThat(identity.displayNames(List.of(actor, target.toUpperCase(Locale.ROOT), "nobody-at-all")))
                .containsOnly(Map.entry(actor, name), Map.entry(target.toUpperCase(Locale.ROOT), targetName));
    }

    private static List<String> targets(PagedResult<AuditEntry> page) {
        return page.items().stream().map(AuditEntry::targetId).toList();
    }
}

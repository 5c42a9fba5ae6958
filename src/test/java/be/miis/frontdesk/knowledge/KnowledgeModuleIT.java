package be.miis.frontdesk.knowledge;

import static be.miis.frontdesk.knowledge.ArticleMother.draft;
import static be.miis.frontdesk.knowledge.ArticleMother.nl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import be.miis.frontdesk.test.TestUsers;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The knowledge module bootstraps with only the modules it depends on (identity, shared) and does its basic job:
 * an article written, reviewed and published is found by a search in its language. The knowledge module publishes
 * no events, so there is no scenario to follow.
 */
@FrontdeskModuleTest
class KnowledgeModuleIT {

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entities;

    @Test
    void aPublishedArticleIsFoundByASearchInItsLanguage() {
        TestUsers.ensure(jdbc, "agent", Role.AGENT);
        TestUsers.ensure(jdbc, "expert", Role.EXPERT);
        // Rolled back: the article must not show up in the searches of the tests that follow on this database.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            long id = knowledge.create(
                    draft(
                            "HEATING_FUND",
                            nl(
                                    "Hoe vraag ik de moduletoelage voor een pelletkachel aan?",
                                    "<p>Bij het OCMW van de gemeente waar u woont.</p>",
                                    "pelletkachel, moduletoelage")),
                    "agent");
            knowledge.submitForReview(id, knowledge.get(id).version(), "agent");
            knowledge.publish(id, knowledge.get(id).version(), "expert");
            // The search reads the tables with SQL: what the entities changed must be written first.
            entities.flush();

            assertThat(knowledge.search(new SearchQuery("pelletkachel", ContentLanguage.NL, null, null, 10)))
                    .extracting(SearchHit::articleId, SearchHit::language)
                    .containsExactly(tuple(id, ContentLanguage.NL));
        });
    }
}

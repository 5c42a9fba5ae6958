package be.miis.frontdesk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database migrated before the comment-only edit of six migrations still starts (its recorded checksums are
 * moved), and any other difference is still refused.
 */
@FrontdeskIntegrationTest
class CommentOnlyMigrationEditsIT {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restore() {
        for (CommentOnlyMigrationEdits.Edit edit : CommentOnlyMigrationEdits.EDITS) {
            record(edit.version(), edit.after());
        }
    }

    @Test
    void checksumsRecordedBeforeTheEditAreMovedAndValidate() {
        for (CommentOnlyMigrationEdits.Edit edit : CommentOnlyMigrationEdits.EDITS) {
            record(edit.version(), edit.before());
        }

        flyway.validate();

        for (CommentOnlyMigrationEdits.Edit edit : CommentOnlyMigrationEdits.EDITS) {
            assertThat(checksum(edit.version())).as("V" + edit.version()).isEqualTo(edit.after());
        }
    }

    @Test
    void anyOtherDifferenceStillStopsTheStart() {
        record("1", 42);

        assertThatThrownBy(() -> flyway.validate()).hasMessageContaining("checksum");
        assertThat(checksum("1")).isEqualTo(42);
    }

    private void record(String version, int checksum) {
        jdbc.sql("update flyway_schema_history set checksum = ? where version = ?")
                .params(checksum, version)
                .update();
    }

    private int checksum(String version) {
        return jdbc.sql("select checksum from flyway_schema_history where version = ?")
                .param(version)
                .query(Integer.class)
                .single();
    }
}

package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportProblemsTests {

    @Test
    void acceptsOnlyAPlainTableNameSinceItGoesIntoTheSql() {
        assertThat(new ImportProblems.Table("ticket_import_problem").name()).isEqualTo("ticket_import_problem");
        assertThatThrownBy(() -> new ImportProblems.Table("ticket_import_problem; drop table ticket"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImportProblems.Table("Ticket")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheFirstTwoHundredCharactersOfAValue() {
        assertThat(ImportProblems.truncate("x".repeat(250))).hasSize(ImportProblems.MAX_VALUE);
        assertThat(ImportProblems.truncate("9800")).isEqualTo("9800");
        assertThat(ImportProblems.truncate(null)).isNull();
    }
}

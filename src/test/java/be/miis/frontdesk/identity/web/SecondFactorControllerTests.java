package be.miis.frontdesk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecondFactorControllerTests {

    @Test
    void afterTheCodeTheRedirectKeepsPathAndQueryButNeverTheHost() {
        assertThat(SecondFactorController.pathOf("http://evil.example/manager/statistics?month=2026-10&continue"))
                .isEqualTo("/manager/statistics?month=2026-10&continue");
        assertThat(SecondFactorController.pathOf("http://localhost:8080//evil.example/x"))
                .as("no protocol-relative path either")
                .isEqualTo("/evil.example/x");
        assertThat(SecondFactorController.pathOf("http://localhost:8080")).isEqualTo("/");
    }
}

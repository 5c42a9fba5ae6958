package be.miis.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * htmx evaluates a trigger filter such as {@code keyup[key=='Enter']} with eval, which the Content-Security-Policy
 * forbids (and {@code htmx.config.allowEval} is off): such a trigger fails in the browser and the page falls back
 * to a full reload. No template may have one.
 */
class HtmxTriggerTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TRIGGER = Pattern.compile("hx(?:-|:)trigger\\s*=\\s*\"([^\"]*)\"");

    @Test
    void noTemplateFiltersATriggerWithAnExpression() throws IOException {
        List<String> filtered;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            filtered = files.filter(file -> file.toString().endsWith(".html"))
                    .flatMap(HtmxTriggerTests::filteredTriggers)
                    .toList();
        }
        assertThat(filtered).isEmpty();
    }

    private static Stream<String> filteredTriggers(Path template) {
        try {
            Matcher matcher = TRIGGER.matcher(Files.readString(template));
            return matcher.results()
                    .map(match -> match.group(1))
                    .filter(trigger -> trigger.contains("["))
                    .map(trigger -> TEMPLATES.relativize(template) + ": " + trigger);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

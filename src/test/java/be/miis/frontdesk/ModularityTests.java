package be.miis.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** The module documentation Spring Modulith generates, checked in so it can be read without a build. */
    static final Path CHECKED_IN = Path.of("docs", "modules");

    /** Set to {@code true} to rewrite {@link #CHECKED_IN} from the code instead of comparing it. */
    static final String REFRESH = "frontdesk.docs.refresh";

    static final String HOW_TO_REFRESH =
            "./mvnw test -Dtest=ModularityTests -D" + REFRESH + "=true (then review and commit docs/modules)";

    private final ApplicationModules modules = ApplicationModules.of(FrontdeskApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    /**
     * The canvases and component diagrams in docs/modules are what the code generates today: a module, dependency,
     * event or listener that changed without the documentation being regenerated fails the build.
     */
    @Test
    void checkedInModuleDocumentationIsCurrent() {
        if (Boolean.getBoolean(REFRESH)) {
            write(CHECKED_IN);
            // Documenter writes in the platform's charset; the checked-in copy is UTF-8 wherever it was made.
            read(CHECKED_IN, Charset.defaultCharset())
                    .forEach((name, text) -> writeUtf8(CHECKED_IN.resolve(name), text));
            return;
        }
        Path generated = Path.of("target", "modulith-docs-check");
        write(generated);

        Map<String, String> expected = read(generated, Charset.defaultCharset());
        Map<String, String> actual = new TreeMap<>();
        // Read as the generated copy was written: on a platform whose charset lacks a character of the checked-in
        // copy (a JVM 17 without a UTF-8 locale writes 'Ö' as '?'), both sides lose it alike.
        read(CHECKED_IN, StandardCharsets.UTF_8)
                .forEach((name, text) -> actual.put(
                        name, new String(text.getBytes(Charset.defaultCharset()), Charset.defaultCharset())));
        List<String> stale = new ArrayList<>();
        expected.forEach((name, text) -> {
            if (!text.equals(actual.get(name))) {
                stale.add(actual.containsKey(name) ? name + " (differs)" : name + " (missing)");
            }
        });
        actual.keySet().stream()
                .filter(name -> !expected.containsKey(name))
                .forEach(name -> stale.add(name + " (no longer generated)"));
        assertThat(stale)
                .as(
                        "docs/modules does not match the code (generated copy in %s); refresh it with %s",
                        generated, HOW_TO_REFRESH)
                .isEmpty();
    }

    private void write(Path folder) {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
    }

    private static void writeUtf8(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name to content, with line ends normalised so a checkout with CRLF compares equal. */
    private static Map<String, String> read(Path folder, Charset charset) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(
                        path.getFileName().toString(),
                        Files.readString(path, charset).replace("\r\n", "\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

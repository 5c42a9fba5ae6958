package be.miis.frontdesk;

import static be.miis.frontdesk.ModuleDocumentation.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    /** Spring Modulith's module documentation, checked in so it can be read without a build (docs/architecture.md). */
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
            ModuleDocumentation.write(modules, CHECKED_IN);
            return;
        }
        Path generated = Path.of("target", "modulith-docs-check");
        ModuleDocumentation.write(modules, generated);

        Map<String, String> expected = ModuleDocumentation.read(generated, StandardCharsets.UTF_8);
        Map<String, String> actual = new TreeMap<>();
        // Through the platform's charset, as the generated copy went: where it lacks a character of the checked-in
        // copy (a JVM 17 without a UTF-8 locale writes 'Ö' as '?'), both sides lose it alike.
        Charset platform = Charset.defaultCharset();
        ModuleDocumentation.read(CHECKED_IN, StandardCharsets.UTF_8)
                .forEach((name, text) -> actual.put(name, new String(text.getBytes(platform), platform)));
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

    /**
     * The module pictures of the README and docs/architecture.md draw exactly the dependencies the package-info files
     * declare: an arrow too many or one missing fails. Arrows to {@code shared}, which every module may use, are left
     * out on both sides.
     */
    @Test
    void modulePicturesDrawTheDeclaredDependencies() throws IOException {
        Set<String> declared = new TreeSet<>();
        modules.forEach(module -> {
            String from = module.getIdentifier().toString();
            module.getAllowedDependencies(modules).stream()
                    .map(allowed -> allowed.getTargetModule().getIdentifier().toString())
                    .filter(to -> !from.equals(SHARED) && !to.equals(SHARED))
                    .forEach(to -> declared.add(from + " --> " + to));
        });
        assertThat(declared).as("declared dependencies between modules").contains("escalation --> ticket");

        for (Path document : List.of(Path.of("README.md"), Path.of("docs", "architecture.md"))) {
            assertThat(ModuleDocumentation.arrows(Files.readString(document, StandardCharsets.UTF_8)))
                    .as(
                            "the arrows of the module picture (the first ```mermaid flowchart) of %s against the"
                                    + " allowedDependencies of the package-info files",
                            document)
                    .containsExactlyInAnyOrderElementsOf(declared);
        }
    }
}

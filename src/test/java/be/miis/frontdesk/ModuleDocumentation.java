package be.miis.frontdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module documentation of docs/modules and the module pictures of the README and docs/architecture.md, as
 * {@link ModularityTests} compares them with the code.
 */
final class ModuleDocumentation {

    static final String SHARED = "shared";

    private static final Pattern MERMAID_FLOWCHART =
            Pattern.compile("```mermaid\\R(flowchart[^\\n]*\\R.*?)```", Pattern.DOTALL);

    private static final Pattern BULLET = Pattern.compile("^\\|?\\* `.*");

    private ModuleDocumentation() {}

    /**
     * Writes Spring Modulith's canvases and component diagrams into the folder (emptied first), in a canonical form:
     * UTF-8, and the lines whose order Documenter leaves to hash order (relations, components, bullet lists) sorted,
     * so the same code always gives the same files.
     */
    static void write(ApplicationModules modules, Path folder) {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        // Documenter writes in the platform's charset (on JVM 17 not always UTF-8).
        read(folder, Charset.defaultCharset()).forEach((name, text) -> {
            try {
                Files.writeString(folder.resolve(name), canonical(text), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** File name to content of a folder's files, line ends as LF (a checkout with CRLF compares equal). */
    static Map<String, String> read(Path folder, Charset charset) {
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

    /** Each run of lines of one kind sorted; an AsciiDoc table cell's leading {@code |} stays on the run's first. */
    static String canonical(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Optional<String> kind = kind(lines.get(i));
            if (kind.isEmpty()) {
                out.add(lines.get(i++));
                continue;
            }
            int end = i + 1;
            while (end < lines.size()
                    && kind.equals(kind(lines.get(end)))
                    && !lines.get(end).startsWith("|")) {
                end++;
            }
            boolean cell = lines.get(i).startsWith("|");
            List<String> run = new ArrayList<>(lines.subList(i, end).stream()
                    .map(line -> cell && line.startsWith("|") ? line.substring(1) : line)
                    .sorted()
                    .toList());
            if (cell) {
                run.set(0, "|" + run.get(0));
            }
            out.addAll(run);
            i = end;
        }
        return String.join("\n", out);
    }

    private static Optional<String> kind(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("Rel(")) {
            return Optional.of("relation");
        }
        if (stripped.startsWith("Component(")) {
            return Optional.of("component");
        }
        return BULLET.matcher(line).matches() ? Optional.of("bullet") : Optional.empty();
    }

    /**
     * The arrows of a document's first Mermaid flowchart as "a --> b": {@code a --> b & c} is two arrows; node
     * labels ({@code mail["mail (empty so far)"]}) are ignored; arrows from or to {@code shared} are left out.
     */
    static Set<String> arrows(String markdown) {
        Matcher block = MERMAID_FLOWCHART.matcher(markdown);
        if (!block.find()) {
            throw new IllegalArgumentException("no ```mermaid block with a flowchart");
        }
        Set<String> arrows = new TreeSet<>();
        for (String line : block.group(1).split("\\R")) {
            String[] steps = line.split("-->");
            for (int i = 1; i < steps.length; i++) {
                for (String from : nodes(steps[i - 1])) {
                    for (String to : nodes(steps[i])) {
                        if (!from.equals(SHARED) && !to.equals(SHARED)) {
                            arrows.add(from + " --> " + to);
                        }
                    }
                }
            }
        }
        return arrows;
    }

    private static List<String> nodes(String step) {
        return Stream.of(step.split("&"))
                .map(node -> node.strip().split("[\\[(\\s]", 2)[0])
                .filter(node -> !node.isEmpty())
                .toList();
    }
}

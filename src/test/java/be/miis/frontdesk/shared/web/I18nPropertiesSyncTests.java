package be.miis.frontdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the message files, and every key exists in Dutch (the default file),
 * French and English; the mail to customers (bundle and templates in {@code mail/}) in German too. Modelled on spring-petclinic's I18nPropertiesSyncTest, extended to the templates.
 */
class I18nPropertiesSyncTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final List<String> TRANSLATIONS = List.of("messages_fr.properties", "messages_en.properties");
    private static final Path MAIL = RESOURCES.resolve("mail");
    private static final List<String> MAIL_FILES = List.of(
            "mail/messages.properties",
            "mail/messages_fr.properties",
            "mail/messages_de.properties",
            "mail/messages_en.properties");
    /** The public portal's own bundle (docs/portal.md), in the four languages of its addresses. */
    private static final List<String> PORTAL_FILES = List.of(
            "portal/messages.properties",
            "portal/messages_fr.properties",
            "portal/messages_de.properties",
            "portal/messages_en.properties");

    /** Attributes a person reads or hears (WCAG: names and descriptions count as text too). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");

    /** Message keys in templates: #{key}, #{key(args)} and the '#{...}' fragments of dynamic keys. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    /**
     * A key written twice in one file is silently the last one: a column label "Status" once became an import error
     * message that way. Every bundle file, every key once.
     */
    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        List<String> files = new java.util.ArrayList<>(List.of("messages.properties"));
        files.addAll(TRANSLATIONS);
        files.addAll(MAIL_FILES);
        files.addAll(PORTAL_FILES);
        List<String> twice = new java.util.ArrayList<>();
        for (String file : files) {
            Set<String> seen = new java.util.HashSet<>();
            for (String line : Files.readAllLines(RESOURCES.resolve(file), java.nio.charset.StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                int equals = trimmed.indexOf('=');
                if (!trimmed.isEmpty()
                        && !trimmed.startsWith("#")
                        && equals > 0
                        && !seen.add(trimmed.substring(0, equals).strip())) {
                    twice.add(file + ": " + trimmed.substring(0, equals).strip());
                }
            }
        }
        assertThat(twice).as("keys written twice (the last one silently wins)").isEmpty();
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        assertSameKeys("messages.properties", TRANSLATIONS);
    }

    @Test
    void everyMailKeyExistsInDutchFrenchGermanAndEnglishAndEveryKeyTheMailTemplatesUse() throws IOException {
        assertSameKeys(MAIL_FILES.get(0), MAIL_FILES.subList(1, MAIL_FILES.size()));
        Set<String> dutch = load(MAIL_FILES.get(0)).stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(MAIL)) {
            for (Path template : files.filter(path -> !path.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!dutch.contains(matcher.group(1))) {
                        missing.add(MAIL.relativize(template) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing)
                .as("message keys used in mail templates but not defined")
                .isEmpty();
    }

    @Test
    void everyPortalKeyExistsInDutchFrenchGermanAndEnglish() throws IOException {
        assertSameKeys(PORTAL_FILES.get(0), PORTAL_FILES.subList(1, PORTAL_FILES.size()));
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : allFiles()) {
            Properties properties = load(file);
            List<String> empty = properties.stringPropertyNames().stream()
                    .filter(key -> properties.getProperty(key).isBlank())
                    .toList();
            assertThat(empty).as("empty messages in %s", file).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        // The pages' keys come from the application's bundle and the portal's (both on spring.messages.basename).
        Set<String> dutch = new TreeSet<>(load("messages.properties").stringPropertyNames());
        dutch.addAll(load(PORTAL_FILES.get(0)).stringPropertyNames());
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                // A dynamic key such as #{'role.' + ${role}} leaves a prefix ending in a dot: check the prefix.
                boolean known =
                        key.endsWith(".") ? dutch.stream().anyMatch(k -> k.startsWith(key)) : dutch.contains(key);
                if (!known) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesItsContent(element) || isNonVisual(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (isWords(text.text()) && !insideReplacedElement(element)) {
                        findings.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
                                + text.text().strip() + "\"");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                            && isWords(attribute.getValue())
                            && !element.hasAttr("th:" + attribute.getKey())
                            && !isFormValue(element, attribute)) {
                        findings.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertThat(findings)
                .as("hard-coded text in templates (use #{...} message keys)")
                .isEmpty();
    }

    /** Thymeleaf replaces the text of these at render time; their literal content is a designer's sample. */
    private static boolean replacesItsContent(Element element) {
        return element.hasAttr("th:text")
                || element.hasAttr("th:utext")
                || element.hasAttr("th:errors")
                || element.hasAttr("th:replace")
                || element.hasAttr("th:insert")
                || element.hasAttr("th:remove")
                || element.hasAttr("layout:fragment") && element.tagName().equals("title");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (replacesItsContent(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNonVisual(Element element) {
        return Set.of("script", "style", "head", "meta", "link").contains(element.tagName());
    }

    /** Hidden and submit inputs carry data, not prose, unless a person reads them (a submit button's value). */
    private static boolean isFormValue(Element element, Attribute attribute) {
        return attribute.getKey().equals("value")
                && !(element.tagName().equals("input") && "submit".equals(element.attr("type")));
    }

    /** Letters make words; punctuation, digits and symbols alone (·, …, —) are not translatable text. */
    private static boolean isWords(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> allFiles() {
        List<String> files = new ArrayList<>(TRANSLATIONS);
        files.add(0, "messages.properties");
        files.addAll(MAIL_FILES);
        files.addAll(PORTAL_FILES);
        return files;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The translations have exactly the keys of the Dutch default file. */
    private static void assertSameKeys(String dutchFile, List<String> translations) throws IOException {
        Set<String> dutch = load(dutchFile).stringPropertyNames();
        for (String translation : translations) {
            Set<String> keys = load(translation).stringPropertyNames();
            assertThat(difference(dutch, keys))
                    .as("keys in %s (nl) missing from %s", dutchFile, translation)
                    .isEmpty();
            assertThat(difference(keys, dutch))
                    .as("keys in %s missing from %s (nl)", translation, dutchFile)
                    .isEmpty();
        }
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}

package be.miis.frontdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.ApiTokenService;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input sweep (docs/bad-input.md): every operation of the OpenAPI document, so that a new endpoint is swept
 * without anyone adding it, gets hostile values in each parameter and body field (wrong types, null, empty, huge,
 * control characters, lone surrogates, RTL override, SQL and tsquery metacharacters, HTML, extreme numbers and dates,
 * malformed JSON, wrong content types). No answer may be a 5xx or show a stack trace or a Java class name, and every
 * 4xx must be a problem document. The choice of cases is random with a fixed seed, at most {@link #CASES_PER_OPERATION}
 * per operation beside the control characters, which every field gets: the same requests on every run, in well under
 * a minute. The forms of the pages that save text get a NUL in each field.
 */
@FrontdeskIntegrationTest
class BadInputSweepIT {

    private static final long SEED = 20261202L;
    private static final int CASES_PER_OPERATION = 45;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A stack trace line, an exception's name or a qualified class name of the JDK, a library or our own code. */
    private static final Pattern INTERNALS = Pattern.compile("\\tat |Exception\\b|Error:|\\[L[a-z]+\\.|"
            + "\\b(java|javax|jakarta|org\\.springframework|org\\.apache|org\\.hibernate|org\\.postgresql|tools\\.jackson"
            + "|com\\.fasterxml|be\\.miis)\\.[a-z]");

    private static final String NUL = "a\u0000b";

    /** Hostile text for string parameters and fields. */
    private static final List<String> STRINGS = List.of(
            "",
            " ",
            NUL,
            "\u0000",
            "\u0001\u0008\u000b\u000c\u001f",
            "\u007f\u0085\u009f",
            "x\ud800",
            "\udc00y",
            "\ud83d\ude00 emoji",
            "\u202egnp.exe",
            "' OR '1'='1",
            "'; drop table ticket; --",
            "a & b | !c <-> d:* (((",
            "!!!&&&|||:*<->",
            "\\",
            "%_%",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "${7*7}{{7*7}}",
            "../../../etc/passwd",
            "x".repeat(100_000),
            "null",
            "-1",
            "9".repeat(40),
            "1e400",
            "NaN",
            "+999999999-01-01",
            "-999999999-01-01T00:00:00Z",
            "0001-01-01",
            "0001-01-01T00:00:00Z",
            "2026-02-30",
            "2026-13",
            "+999999999-12");

    /** Hostile values for numbers, in query strings and as JSON literals. */
    private static final List<String> NUMBERS = List.of(
            "-1",
            "0",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "-9223372036854775809",
            "1.5",
            "1e400",
            "abc",
            "");

    /**
     * Values already percent-encoded for a query string or a path: bytes no Java string can carry (invalid UTF-8, an
     * over-long NUL, a CESU surrogate), an encoded slash and backslash. A malformed escape ("%zz") cannot be sent by
     * Java's HTTP client; it was tried by hand (docs/bad-input.md).
     */
    private static final List<String> RAW_ENCODED =
            List.of("%00", "%FF", "%C0%80", "%ED%A0%80", "%E2%80%AE", "a%2Fb", "a%5Cb", "..", "%2e%2e");

    /** Whole bodies that are not the JSON an operation expects. */
    private static final List<String> BODIES = List.of(
            "",
            "{",
            "[",
            "{\"a\":",
            "null",
            "[]",
            "\"text\"",
            "12",
            "{}",
            "[null]",
            "[".repeat(5_000),
            "{\"a\":\"\\u0000\"}",
            "<?xml version=\"1.0\"?><a/>");

    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=latin-7",
            "text/csv");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    private final Map<String, String> bearer = new LinkedHashMap<>();
    private final Map<String, Object> fixtures = new LinkedHashMap<>();
    private JsonNode openApi = JSON.nullNode();

    @TestFactory
    Stream<DynamicTest> everyApiOperationSurvivesHostileInput() throws Exception {
        prepare();
        List<DynamicTest> tests = new ArrayList<>();
        openApi.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                    tests.add(DynamicTest.dynamicTest(
                            method + " " + path.getKey(), () -> sweep(method, path.getKey(), operation.getValue())));
                }));
        assertThat(tests).as("operations in the OpenAPI document").hasSizeGreaterThan(30);
        return tests.stream();
    }

    /** The forms of the pages that save text: a NUL in any of their fields is refused with a 400, never a 500. */
    @Test
    void everyFormThatSavesTextRefusesAControlCharacter() throws Exception {
        prepare();
        Browser browser = new Browser().login("expert");
        String ticket = (String) fixtures.get("reference");
        List<String> pages = List.of(
                "/frontdesk",
                "/frontdesk/tickets/" + ticket,
                "/frontdesk/tickets/" + ticket + "/escalate",
                "/knowledge/articles/new",
                "/knowledge/articles/" + fixtures.get("article") + "/edit",
                "/frontdesk/inbox",
                // The portal's call-back form: its own token instead of the session's, refused all the same.
                "/portal/nl/callback");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String page : pages) {
            Document document = Jsoup.parse(browser.get(page).body(), "http://localhost:" + port);
            assertThat(document.select("form")).as("forms on " + page).isNotEmpty();
            for (Element form : document.select("form")) {
                Map<String, String> fields = fields(form);
                boolean post = form.attr("method").equalsIgnoreCase("post");
                String action = form.attr("action").isEmpty() ? page : form.attr("action");
                for (String field : fields.keySet()) {
                    if (field.equals("_csrf")) {
                        continue;
                    }
                    Map<String, String> hostile = new LinkedHashMap<>(fields);
                    hostile.put(field, NUL);
                    HttpResponse<String> response = post ? browser.post(action, hostile) : browser.get(action, hostile);
                    sent++;
                    if (response.statusCode() != 400
                            || INTERNALS.matcher(response.body()).find()) {
                        failures.add((post ? "POST " : "GET ") + action + " " + field + "=NUL -> "
                                + response.statusCode() + " " + excerpt(response.body()));
                    }
                }
            }
        }
        assertThat(sent).as("form fields tried").isGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    private void sweep(String method, String path, JsonNode operation) throws Exception {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Parameter(
                    parameter.path("name").asString(),
                    parameter.path("in").asString(),
                    resolve(parameter.path("schema")),
                    parameter.path("required").asBoolean()));
        }
        JsonNode content = operation.path("requestBody").path("content");
        String mediaType = content.propertyNames().stream().findFirst().orElse(null);
        JsonNode bodySchema =
                mediaType == null ? null : resolve(content.path(mediaType).path("schema"));
        Case baseline = baseline(method, path, parameters, mediaType, bodySchema);
        String user = userFor(baseline);

        List<Case> mandatory = new ArrayList<>();
        List<Case> optional = new ArrayList<>();
        for (Parameter parameter : parameters) {
            for (String value : STRINGS) {
                (value.equals(NUL) ? mandatory : optional).add(baseline.withParameter(parameter, encode(value), value));
            }
            for (String value : NUMBERS) {
                optional.add(baseline.withParameter(parameter, encode(value), value));
            }
            for (String raw : RAW_ENCODED) {
                optional.add(baseline.withParameter(parameter, raw, raw));
            }
            if (parameter.in().equals("query")) {
                optional.add(baseline.withRepeated(parameter));
                optional.add(baseline.withoutParameter(parameter));
            }
        }
        if (baseline.body() != null && mediaType != null && mediaType.contains("json")) {
            Object body = JSON.treeToValue(JSON.readTree(baseline.body()), Object.class);
            for (List<Object> field : leaves(body, new ArrayList<>())) {
                for (String value : STRINGS) {
                    (value.equals(NUL) ? mandatory : optional).add(baseline.withBody(replace(body, field, value)));
                }
                for (String number : NUMBERS) {
                    optional.add(
                            baseline.withBody(replace(body, field, new Literal(number.isEmpty() ? "\"\"" : number))));
                }
                for (String literal : List.of("null", "true", "{}", "[]", "[null]", "{\"a\":null}")) {
                    optional.add(baseline.withBody(replace(body, field, new Literal(literal))));
                }
                optional.add(baseline.withBody(replace(body, field, REMOVE)));
            }
        }
        if (method.equals("POST") || method.equals("PUT")) {
            for (String body : BODIES) {
                optional.add(baseline.withBody(body));
            }
            optional.add(baseline.withBytes(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'}));
            for (String type : CONTENT_TYPES) {
                optional.add(baseline.withContentType(type));
            }
            if (mediaType != null && !mediaType.contains("json")) {
                // A text body (the CSV imports): hostile cells under a header line.
                for (String value : STRINGS) {
                    Case c = baseline.withBody("nis_code;name_nl;received_at;channel\n" + value + ";" + value + ";"
                            + value + ";" + value + "\n");
                    (value.equals(NUL) ? mandatory : optional).add(c);
                }
            }
        }
        Collections.shuffle(optional, new Random(SEED ^ (method + path).hashCode()));
        List<Case> cases = new ArrayList<>(mandatory);
        cases.addAll(optional.subList(0, Math.min(CASES_PER_OPERATION, optional.size())));
        cases.add(0, baseline);

        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = send(c, user, cases.indexOf(c) % 2 == 0 ? "nl" : "fr");
            failures.addAll(check(c, response));
        }
        assertThat(failures).as(method + " " + path + " as " + user).isEmpty();
    }

    private List<String> check(Case c, HttpResponse<String> response) {
        List<String> failures = new ArrayList<>();
        int status = response.statusCode();
        String label = c.label() + " -> " + status + " " + excerpt(response.body());
        if (status >= 500) {
            failures.add("server error: " + label);
        }
        if (INTERNALS.matcher(response.body()).find()) {
            failures.add("internals shown: " + label);
        }
        if (status >= 400 && status < 500) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add("not a problem document (" + type + "): " + label);
            } else {
                JsonNode problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != status
                        || problem.path("title").asString("").isBlank()
                        || problem.path("detail").asString("").isBlank()) {
                    failures.add("incomplete problem document: " + label);
                }
            }
        }
        return failures;
    }

    private void prepare() throws Exception {
        if (!bearer.isEmpty()) {
            return;
        }
        for (String user : List.of("expert", "agent", "admin", "manager")) {
            bearer.put(user, tokens.create(user, "bad-input sweep", null).secret());
        }
        openApi = JSON.readTree(send(Case.get("/api/v1/openapi"), "admin", "nl").body());
        JsonNode organisation = JSON.readTree(send(Case.get("/api/v1/organisations?q=44021"), "expert", "nl")
                        .body())
                .get(0);
        fixtures.put("organisation", organisation.path("id").asLong());
        JsonNode contacts = JSON.readTree(
                send(Case.get("/api/v1/contacts?q=a"), "expert", "nl").body());
        fixtures.put(
                "contact",
                contacts.isArray() && !contacts.isEmpty()
                        ? contacts.get(0).path("id").asLong()
                        : 1L);
        fixtures.put(
                "queue",
                JSON.readTree(send(Case.get("/api/v1/queues"), "expert", "nl").body())
                        .get(0)
                        .path("id")
                        .asLong());
        HttpResponse<String> ticket = send(
                Case.post(
                        "/api/v1/tickets",
                        "{\"channel\":\"PHONE\",\"domainCode\":\"RMI\",\"language\":\"NL\",\"organisationId\":"
                                + fixtures.get("organisation") + ",\"description\":\"Vraag voor de sweep\"}"),
                "expert",
                "nl");
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
        fixtures.put("reference", JSON.readTree(ticket.body()).path("reference").asString());
        HttpResponse<String> article = send(
                Case.post(
                        "/api/v1/faq",
                        "{\"domainCode\":\"RMI\",\"audience\":\"INTERNAL\",\"sourceLanguage\":\"NL\",\"translations\":"
                                + "[{\"language\":\"NL\",\"question\":\"Vraag voor de sweep?\",\"answerHtml\":\"<p>Ja</p>\","
                                + "\"keywords\":\"sweep\"}]}"),
                "expert",
                "nl");
        assertThat(article.statusCode()).as(article.body()).isEqualTo(201);
        fixtures.put("article", JSON.readTree(article.body()).path("id").asLong());
    }

    /** The first user the operation lets in (the baseline is not refused as 401 or 403), else the expert. */
    private String userFor(Case baseline) throws Exception {
        for (String user : bearer.keySet()) {
            int status = send(baseline, user, "nl").statusCode();
            if (status != 401 && status != 403) {
                return user;
            }
        }
        return "expert";
    }

    /** A request that ought to pass: realistic values by parameter name, the fixtures for ids, a body from the schema. */
    private Case baseline(
            String method, String path, List<Parameter> parameters, String mediaType, JsonNode bodySchema) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            Object value = value(path, parameter.name(), parameter.schema());
            if (parameter.in().equals("path")) {
                pathValues.put(parameter.name(), encode(String.valueOf(value)));
            } else if (parameter.in().equals("query") && (parameter.required() || value != REMOVE)) {
                query.put(parameter.name(), encode(String.valueOf(value == REMOVE ? "x" : value)));
            }
        }
        String body = null;
        String contentType = null;
        if (mediaType != null) {
            contentType = mediaType;
            body = mediaType.contains("json")
                    ? json(sample(path, "body", bodySchema, 0))
                    : "nis_code;name_nl;received_at;channel\n";
        } else if (method.equals("POST") || method.equals("PUT")) {
            contentType = "text/csv";
            body = "received_at,channel\n";
        }
        return new Case(method, path, pathValues, query, body, null, contentType, "baseline");
    }

    private Object value(String path, String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asString();
        }
        String type = schema.path("type").asString("string");
        String format = schema.path("format").asString("");
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case "reference":
                return fixtures.get("reference");
            case "domaincode", "domain", "category":
                return "RMI";
            case "lang", "language", "sourcelanguage":
                return "nl";
            case "q":
                return "leefloon";
            case "version":
                return 0;
            case "dryrun":
                return true;
            case "year":
                return 2026;
            case "workingdays", "number":
                return 2;
            case "size", "limit":
                return 10;
            case "organisationid", "organisation":
                return fixtures.get("organisation");
            case "contactid", "contact", "faqversionid", "after", "queueid":
                return REMOVE;
            case "kind":
                return "ORGANISATIONS";
            case "from", "to":
                if (path.contains("statistics")) {
                    return "2026-01";
                }
                break;
            case "id":
                if (path.startsWith("/api/v1/faq")) {
                    return fixtures.get("article");
                }
                if (path.startsWith("/api/v1/queues")) {
                    return fixtures.get("queue");
                }
                if (path.startsWith("/api/v1/organisations")) {
                    return fixtures.get("organisation");
                }
                if (path.startsWith("/api/v1/contacts")) {
                    return fixtures.get("contact");
                }
                return 1;
            default:
                break;
        }
        if (format.equals("date")) {
            return "2024-03-05";
        }
        if (format.equals("date-time")) {
            return "2024-03-05T10:15:00Z";
        }
        return switch (type) {
            case "integer", "number" -> 1;
            case "boolean" -> false;
            default -> "Sweep text";
        };
    }

    /** A value of the schema; objects get every property whose value is not left out. */
    private Object sample(String path, String name, JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
        if (type.equals("object") && depth < 4) {
            Map<String, Object> object = new LinkedHashMap<>();
            resolved.path("properties").properties().forEach(property -> {
                Object value = sample(path, property.getKey(), property.getValue(), depth + 1);
                if (value != REMOVE) {
                    object.put(property.getKey(), value);
                }
            });
            return object;
        }
        if (type.equals("array") && depth < 4) {
            Object item = sample(path, name, resolved.path("items"), depth + 1);
            return item == REMOVE ? List.of() : List.of(item);
        }
        if (name.equals("answerHtml")) {
            return "<p>Antwoord</p>";
        }
        if (name.equals("question") || name.equals("description") || name.equals("text") || name.equals("note")) {
            return "Vraag of tekst voor de sweep?";
        }
        return value(path, name, resolved);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asString();
            current = openApi.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.has("oneOf") || current.has("anyOf")) {
            return resolve((current.has("oneOf") ? current.path("oneOf") : current.path("anyOf")).get(0));
        }
        return current;
    }

    /** Paths (keys and indexes) to every value that is not an object or array, and to every array itself. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> leaves(Object node, List<Object> at) {
        List<List<Object>> found = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                List<Object> next = new ArrayList<>(at);
                next.add(key);
                found.addAll(leaves(value, next));
            });
        } else if (node instanceof List<?> list) {
            found.add(at);
            for (int i = 0; i < list.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                found.addAll(leaves(list.get(i), next));
            }
        } else {
            found.add(at);
        }
        return found;
    }

    /** A copy of the body with the value at {@code at} replaced (or removed), written as JSON. */
    @SuppressWarnings("unchecked")
    private static String replace(Object body, List<Object> at, Object value) {
        Object copy = JSON.treeToValue(JSON.valueToTree(body), Object.class);
        if (at.isEmpty()) {
            return json(value == REMOVE ? new Literal("{}") : value);
        }
        Object parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            parent = at.get(i) instanceof Integer index
                    ? ((List<Object>) parent).get(index)
                    : ((Map<String, Object>) parent).get(at.get(i));
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            List<Object> list = (List<Object>) parent;
            if (value == REMOVE) {
                list.remove((int) index);
            } else {
                list.set(index, value);
            }
        } else if (value == REMOVE) {
            ((Map<String, Object>) parent).remove(last);
        } else {
            ((Map<String, Object>) parent).put((String) last, value);
        }
        return json(copy);
    }

    /**
     * JSON text written by hand, every non-ASCII character escaped, so that a lone surrogate or a NUL reaches the
     * server as the escape a client would send instead of being replaced while the body is encoded.
     */
    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Literal literal) {
            return literal.json();
        }
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7e) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> json(String.valueOf(entry.getKey())) + ":" + json(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BadInputSweepIT::json).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value =
                    switch (input.tagName()) {
                        case "textarea" -> input.text().isBlank() ? "Tekst" : input.text();
                        case "select" -> {
                            Element option = input.selectFirst("option[selected]");
                            option = option == null ? input.selectFirst("option[value]:not([value=''])") : option;
                            yield option == null ? "" : option.attr("value");
                        }
                        default -> input.attr("value").isEmpty() && type.equals("text") ? "Tekst" : input.attr("value");
                    };
            fields.putIfAbsent(input.attr("name"), value);
        }
        return fields;
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private HttpResponse<String> send(Case c, String user, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.uri()))
                .header("Authorization", "Bearer " + bearer.get(user))
                .header("Accept-Language", language)
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.5");
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        if (c.bytes() != null) {
            request.method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.bytes()));
        } else if (c.body() != null) {
            request.method(c.method(), HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
        } else {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Marks a value to leave out. */
    private static final Object REMOVE = new Object();

    /** JSON text to put in a body as it is (a number too large for Java, an empty object). */
    private record Literal(String json) {}

    private record Parameter(String name, String in, JsonNode schema, boolean required) {}

    /** One request of the sweep and what is hostile in it. */
    private record Case(
            String method,
            String path,
            Map<String, String> pathValues,
            Map<String, String> query,
            String body,
            byte[] bytes,
            String contentType,
            String label) {

        static Case get(String uri) {
            return new Case("GET", uri, Map.of(), Map.of(), null, null, null, "setup");
        }

        static Case post(String uri, String body) {
            return new Case("POST", uri, Map.of(), Map.of(), body, null, "application/json", "setup");
        }

        String uri() {
            String uri = path;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                uri = uri.replace("{" + value.getKey() + "}", value.getValue());
            }
            if (!query.isEmpty()) {
                uri += query.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("&", uri.contains("?") ? "&" : "?", ""));
            }
            return uri;
        }

        Case withParameter(Parameter parameter, String encoded, String shown) {
            String label = parameter.in() + " " + parameter.name() + "=" + shorten(shown);
            if (parameter.in().equals("path")) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(parameter.name(), encoded);
                return new Case(method, path, values, query, body, bytes, contentType, label);
            }
            Map<String, String> values = new LinkedHashMap<>(query);
            values.put(encode(parameter.name()), encoded);
            return new Case(method, path, pathValues, values, body, bytes, contentType, label);
        }

        Case withRepeated(Parameter parameter) {
            Map<String, String> values = new LinkedHashMap<>(query);
            String name = encode(parameter.name());
            values.put(name, "abc&" + name + "=" + values.getOrDefault(name, "1"));
            return new Case(method, path, pathValues, values, body, bytes, contentType, "repeated " + name);
        }

        Case withoutParameter(Parameter parameter) {
            Map<String, String> values = new LinkedHashMap<>(query);
            values.remove(encode(parameter.name()));
            return new Case(method, path, pathValues, values, body, bytes, contentType, "no " + parameter.name());
        }

        Case withBody(String newBody) {
            return new Case(method, path, pathValues, query, newBody, null, contentType, "body " + shorten(newBody));
        }

        Case withBytes(byte[] newBytes) {
            return new Case(method, path, pathValues, query, null, newBytes, contentType, "body of invalid UTF-8");
        }

        Case withContentType(String type) {
            return new Case(method, path, pathValues, query, body, bytes, type, "content type " + type);
        }

        private static String shorten(String text) {
            String shown = text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
            StringBuilder escaped = new StringBuilder();
            shown.chars().forEach(c -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
            return escaped.toString();
        }
    }

    /** A signed-in browser session over plain HTTP with its CSRF token; redirects are not followed. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        private String csrf = "";

        Browser login(String user) throws Exception {
            Document page = Jsoup.parse(get("/login").body());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", user);
            form.put("password", "demo");
            form.put("_csrf", page.select("input[name=_csrf]").attr("value"));
            assertThat(post("/login", form).statusCode()).isEqualTo(302);
            return this;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html")
                            .header("Accept-Language", "nl")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
            if (token != null) {
                csrf = token.attr("value");
            }
            return response;
        }

        HttpResponse<String> get(String path, Map<String, String> fields) throws Exception {
            return get(path + (path.contains("?") ? "&" : "?") + form(fields));
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> withToken = new LinkedHashMap<>(fields);
            withToken.put("_csrf", csrf);
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html")
                            .header("Accept-Language", "nl")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(withToken)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String form(Map<String, String> fields) {
            return fields.entrySet().stream()
                    .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                    .collect(Collectors.joining("&"));
        }
    }
}

package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.BenchmarkApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * FAQ search at scale: 100 000 published articles in four languages on a fresh embedded PostgreSQL, then a fixed
 * list of realistic searches through {@link KnowledgeService#search} and, in the same run, the same words with a
 * naive {@code ILIKE '%q%'}. Writes the figures to {@code target/benchmarks/knowledge-search.md}.
 *
 * <p>A program rather than a test: it is a measurement, not a verdict on the machine it runs on, and it must
 * stay out of {@code ./mvnw verify}. Run it with {@code ./mvnw -Pbenchmark verify} (the profile skips the tests
 * and starts this class). It fails only when the searches find nothing at all, which means the data or the
 * benchmark is broken. {@code -Dbenchmark.articles=…} changes the size, {@code -Dbenchmark.explain=ms} has
 * PostgreSQL log the plan (EXPLAIN ANALYZE, BUFFERS) of every statement slower than that to
 * {@code target/benchmarks/postgres.log}.
 */
public final class KnowledgeSearchBenchmark {

    private static final int ARTICLES = Integer.getInteger("benchmark.articles", 100_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    /** {@code -Dbenchmark.naive=false} skips the naive ILIKE comparison (15 minutes at 100 000 articles). */
    private static final boolean NAIVE = Boolean.parseBoolean(System.getProperty("benchmark.naive", "true"));

    private static final int LIMIT = 20;
    private static final Path OUTPUT = Path.of("target/benchmarks");

    /** Concepts in nl|fr|de|en, most frequent first: articles pick them with a skew, as real bases do. */
    private static final List<String> CONCEPTS = List.of(
            "leefloon|revenu d'intégration|Eingliederungseinkommen|integration income",
            "aanvraag|demande|Antrag|application",
            "beslissing|décision|Entscheidung|decision",
            "terugbetaling|remboursement|Rückerstattung|reimbursement",
            "stookoliefonds|fonds social chauffage|Heizölfonds|heating oil fund",
            "verwarmingstoelage|allocation de chauffage|Heizkostenzulage|heating allowance",
            "maatschappelijke integratie|intégration sociale|soziale Eingliederung|social integration",
            "studentenjob|job étudiant|Studentenjob|student job",
            "vrijstelling|exonération|Freibetrag|exemption",
            "installatiepremie|prime d'installation|Einrichtungsprämie|installation grant",
            "referentieadres|adresse de référence|Referenzadresse|reference address",
            "dakloze|sans-abri|Obdachloser|homeless person",
            "dringende medische hulp|aide médicale urgente|dringende medizinische Hilfe|urgent medical aid",
            "Europees Sociaal Fonds|Fonds social européen|Europäischer Sozialfonds|European Social Fund",
            "eindrapport|rapport final|Abschlussbericht|final report",
            "subsidie|subside|Zuschuss|subsidy",
            "terugvordering|récupération|Rückforderung|recovery",
            "inspectie|inspection|Inspektion|inspection",
            "termijn|délai|Frist|deadline",
            "indexering|indexation|Indexierung|indexation",
            "alleenstaande|isolé|Alleinstehende|single person",
            "samenwonende|cohabitant|Zusammenwohnende|cohabitant",
            "gezinslast|famille à charge|Familienlasten|dependent family",
            "GPMI|PIIS|IPSE|individual integration project",
            "tewerkstelling artikel 60|mise à l'emploi article 60|Beschäftigung Artikel 60|article 60 employment",
            "sociale economie|économie sociale|Sozialwirtschaft|social economy",
            "socioculturele participatie|participation socioculturelle|soziokulturelle Teilhabe|socio-cultural participation",
            "grootstedenbeleid|politique des grandes villes|Großstadtpolitik|major cities policy",
            "informatieveiligheid|sécurité de l'information|Informationssicherheit|information security",
            "Kruispuntbank|Banque Carrefour|Zentrale Datenbank|Crossroads Bank",
            "huurwaarborg|garantie locative|Mietkaution|rental deposit",
            "energiefactuur|facture d'énergie|Energierechnung|energy bill",
            "schuldbemiddeling|médiation de dettes|Schuldnerberatung|debt mediation",
            "staatstegemoetkoming|subvention de l'État|Staatszuschuss|state subsidy",
            "omzendbrief|circulaire|Rundschreiben|circular",
            "huisbrandolie|gasoil de chauffage|Heizöl|heating oil",
            "verblijfsvergunning|titre de séjour|Aufenthaltserlaubnis|residence permit",
            "leveringsattest|attestation de livraison|Lieferbescheinigung|delivery certificate",
            "maatschappelijk werker|assistant social|Sozialarbeiter|social worker",
            "kinderbijslag|allocations familiales|Kindergeld|child benefit",
            "pensioen|pension|Rente|pension",
            "werkloosheidsuitkering|allocation de chômage|Arbeitslosengeld|unemployment benefit",
            "ziekteverzekering|assurance maladie|Krankenversicherung|health insurance",
            "bestaansmiddelenonderzoek|enquête sur les ressources|Existenzmittelprüfung|means test",
            "opleiding|formation|Ausbildung|training",
            "beroep|recours|Einspruch|appeal",
            "arbeidsrechtbank|tribunal du travail|Arbeitsgericht|labour court",
            "huurachterstand|arriérés de loyer|Mietrückstand|rent arrears",
            "budgetbegeleiding|guidance budgétaire|Budgetbegleitung|budget guidance",
            "collectieve schuldenregeling|règlement collectif de dettes|kollektive Schuldenregelung|collective debt settlement");

    private static final List<String> PLACES = List.of(
            "Antwerpen|Anvers|Antwerpen|Antwerp",
            "Brussel|Bruxelles|Brüssel|Brussels",
            "Gent|Gand|Gent|Ghent",
            "Luik|Liège|Lüttich|Liège",
            "Charleroi",
            "Bergen|Mons|Bergen|Mons",
            "Leuven|Louvain|Löwen|Leuven",
            "Namen|Namur|Namür|Namur",
            "Eupen",
            "Sankt Vith|Saint-Vith|Sankt Vith|Sankt Vith",
            "Brugge|Bruges|Brügge|Bruges",
            "Kortrijk|Courtrai|Kortrijk|Kortrijk",
            "Mechelen|Malines|Mecheln|Mechelen",
            "Hasselt",
            "Aalst|Alost|Aalst|Aalst",
            "Doornik|Tournai|Doornik|Tournai",
            "Aarlen|Arlon|Arel|Arlon",
            "Verviers",
            "Oostende|Ostende|Ostende|Ostend",
            "Genk",
            "Sint-Niklaas|Saint-Nicolas|Sankt Niklaas|Sint-Niklaas",
            "Kelmis|La Calamine|Kelmis|Kelmis",
            "Turnhout",
            "Roeselare|Roulers|Roeselare|Roeselare",
            "Waver|Wavre|Wavre|Wavre",
            "Nijvel|Nivelles|Nivelles|Nivelles",
            "Moeskroen|Mouscron|Mouscron|Mouscron",
            "Seraing",
            "La Louvière",
            "Dendermonde|Termonde|Dendermonde|Dendermonde",
            "Vilvoorde",
            "Bütgenbach",
            "Raeren",
            "Amel|Amblève|Amel|Amel",
            "Büllingen|Bullange|Büllingen|Büllingen",
            "Burg-Reuland");

    /** %1$s and %2$s concepts, %3$s a place, %4$s a number, %5$s a year. */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of(
                    "Wie heeft recht op %1$s bij het OCMW van %3$s?",
                    "Hoe vraag ik %1$s aan in combinatie met %2$s?",
                    "Welke termijn geldt voor %1$s na een %2$s?",
                    "Wordt %1$s in %5$s beïnvloed door %2$s?",
                    "Mag het OCMW van %3$s %1$s weigeren wegens %2$s?",
                    "Welke documenten zijn nodig voor %1$s en %2$s?",
                    "Hoe wordt %1$s berekend voor een %2$s?",
                    "Wat gebeurt er met %1$s als de %2$s ontbreekt?"),
            List.of(
                    "Qui a droit à %1$s auprès du CPAS de %3$s ?",
                    "Comment demander %1$s en combinaison avec %2$s ?",
                    "Quel délai s'applique à %1$s après %2$s ?",
                    "%1$s est-il influencé par %2$s en %5$s ?",
                    "Le CPAS de %3$s peut-il refuser %1$s pour cause de %2$s ?",
                    "Quels documents faut-il pour %1$s et %2$s ?",
                    "Comment calcule-t-on %1$s pour %2$s ?",
                    "Que se passe-t-il pour %1$s si %2$s manque ?"),
            List.of(
                    "Wer hat Anspruch auf %1$s beim ÖSHZ %3$s?",
                    "Wie beantrage ich %1$s zusammen mit %2$s?",
                    "Welche Frist gilt für %1$s nach %2$s?",
                    "Wird %1$s im Jahr %5$s durch %2$s beeinflusst?",
                    "Darf das ÖSHZ %3$s %1$s wegen %2$s verweigern?",
                    "Welche Unterlagen braucht man für %1$s und %2$s?",
                    "Wie wird %1$s bei %2$s berechnet?",
                    "Was passiert mit %1$s, wenn %2$s fehlt?"),
            List.of(
                    "Who is entitled to %1$s at the PCSW of %3$s?",
                    "How do I apply for %1$s together with %2$s?",
                    "Which deadline applies to %1$s after a %2$s?",
                    "Is %1$s affected by %2$s in %5$s?",
                    "May the PCSW of %3$s refuse %1$s because of %2$s?",
                    "Which documents are needed for %1$s and %2$s?",
                    "How is %1$s calculated for a %2$s?",
                    "What happens to %1$s when the %2$s is missing?"));

    /** %1$s..%3$s concepts, %4$s a number, %5$s a year, %6$s a place. */
    private static final List<List<String>> SENTENCES = List.of(
            List.of(
                    "Het OCMW onderzoekt %1$s binnen %4$s dagen na ontvangst van de %2$s.",
                    "Sinds %5$s geldt voor %1$s een %2$s van %4$s euro per maand.",
                    "De maatschappelijk werker van %6$s controleert de %2$s en noteert de %3$s in het dossier.",
                    "Bij een negatieve beslissing kan de aanvrager %3$s aanvechten bij de arbeidsrechtbank.",
                    "De POD MI betaalt %4$s procent van %1$s terug via de %3$s.",
                    "Een %2$s is pas geldig als de %3$s aan het OCMW bezorgd is.",
                    "Raadpleeg de omzendbrief van %5$s over %1$s voor de volledige voorwaarden.",
                    "Voor %1$s in %6$s vraagt het OCMW ook een bewijs van %2$s."),
            List.of(
                    "Le CPAS examine %1$s dans les %4$s jours suivant la réception de %2$s.",
                    "Depuis %5$s, %1$s prévoit %2$s de %4$s euros par mois.",
                    "L'assistant social de %6$s contrôle %2$s et note %3$s dans le dossier.",
                    "En cas de décision négative, le demandeur peut contester %3$s devant le tribunal du travail.",
                    "Le SPP IS rembourse %4$s pour cent de %1$s via %3$s.",
                    "%2$s n'est valable que si %3$s est remis au CPAS.",
                    "Consultez la circulaire de %5$s relative à %1$s pour les conditions complètes.",
                    "Pour %1$s à %6$s, le CPAS demande aussi une preuve de %2$s."),
            List.of(
                    "Das ÖSHZ prüft %1$s innerhalb von %4$s Tagen nach Eingang von %2$s.",
                    "Seit %5$s gilt für %1$s ein Betrag für %2$s von %4$s Euro pro Monat.",
                    "Der Sozialarbeiter in %6$s kontrolliert %2$s und vermerkt %3$s in der Akte.",
                    "Bei einer ablehnenden Entscheidung kann der Antragsteller %3$s vor dem Arbeitsgericht anfechten.",
                    "Der ÖPD SE erstattet %4$s Prozent von %1$s über %3$s.",
                    "%2$s ist erst gültig, wenn %3$s dem ÖSHZ vorliegt.",
                    "Lesen Sie das Rundschreiben von %5$s über %1$s für alle Bedingungen.",
                    "Für %1$s in %6$s verlangt das ÖSHZ auch einen Nachweis über %2$s."),
            List.of(
                    "The PCSW examines %1$s within %4$s days of receiving the %2$s.",
                    "Since %5$s, %1$s includes a %2$s of %4$s euros per month.",
                    "The social worker in %6$s checks the %2$s and records the %3$s in the file.",
                    "After a negative decision, the applicant can challenge %3$s before the labour court.",
                    "The PPS SI reimburses %4$s percent of %1$s through the %3$s.",
                    "A %2$s is only valid once the %3$s has been delivered to the PCSW.",
                    "See the circular of %5$s on %1$s for the full conditions.",
                    "For %1$s in %6$s, the PCSW also asks for proof of %2$s."));

    /** What people type when they hesitate: accents left out or added, typos, half-typed words, whole questions. */
    private static final List<String> HAND_WRITTEN = List.of(
            "fr|revenu d'integration",
            "fr|prime d installation",
            "fr|securite de l information",
            "fr|aide medicale urgente",
            "fr|exoneration job etudiant",
            "fr|liege cpas",
            "de|Heizolfonds",
            "de|OSHZ Eupen",
            "de|ruckerstattung",
            "de|grossstadtpolitik",
            "de|Luttich",
            "de|Einrichtungspramie",
            "nl|geïndexeerd leefloon",
            "nl|stookoliefonds lévering",
            "en|liege pcsw",
            "en|socio cultural participation",
            "nl|stookoliefons",
            "nl|leeflon",
            "nl|verwarmingstoelag",
            "nl|instalatiepremie",
            "nl|referentieadress",
            "nl|terugbetalling",
            "nl|huurwaarbrog",
            "nl|schuldbemidelling",
            "nl|kinderbijslg",
            "nl|dakloze persoon referentieadres",
            "fr|revnu integration",
            "fr|alocation chauffage",
            "fr|remboursment",
            "fr|garantie locativ",
            "fr|mediation de dette",
            "fr|alocations familiales",
            "de|Heizolfond",
            "de|Eingliederungseinkomen",
            "de|Ruckerstatung",
            "de|Mietkautoin",
            "de|Schuldnerberatng",
            "de|Kindergelt",
            "en|integraton income",
            "en|heating alowance",
            "en|homless",
            "en|reimbursment",
            "en|rental deposti",
            "en|debt mediaton",
            "nl|stookol",
            "nl|leeflo",
            "nl|verwarm",
            "nl|install",
            "fr|revenu d",
            "fr|job étud",
            "de|Heizk",
            "de|Studentenj",
            "en|integration inc",
            "en|rental dep",
            "nl|hoeveel bedraagt het leefloon voor een alleenstaande",
            "nl|wie heeft recht op een verwarmingstoelage",
            "fr|qui a droit au revenu d'intégration",
            "fr|comment demander une allocation de chauffage",
            "de|wer hat anspruch auf heizkostenzulage",
            "de|wie beantrage ich das eingliederungseinkommen",
            "en|how do I apply for a heating allowance",
            "en|who is entitled to integration income");

    /** The half-typed words of {@link #HAND_WRITTEN}. */
    private static final List<String> PREFIXES = List.of(
            "stookol",
            "leeflo",
            "verwarm",
            "install",
            "revenu d",
            "job étud",
            "Heizk",
            "Studentenj",
            "integration inc",
            "rental dep");

    private final KnowledgeService knowledge;
    private final SearchVocabulary vocabulary;
    private final JdbcClient jdbc;
    private final StringBuilder report = new StringBuilder();

    KnowledgeSearchBenchmark(KnowledgeService knowledge, SearchVocabulary vocabulary, JdbcClient jdbc) {
        this.knowledge = knowledge;
        this.vocabulary = vocabulary;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUTPUT);
        // Buffers sized as on a database server for a base of this size (the table and its indexes, ~0.7 GB,
        // stay in memory); PostgreSQL's default of 128 MB would measure the operating system's page cache.
        EmbeddedPostgres.Builder builder = BenchmarkApplication.database(Map.of("shared_buffers", "1GB"), OUTPUT);
        try (BenchmarkApplication app = BenchmarkApplication.start(builder)) {
            new KnowledgeSearchBenchmark(
                            app.bean(KnowledgeService.class),
                            app.bean(SearchVocabulary.class),
                            app.bean(JdbcClient.class))
                    .run();
            app.pauseIfAsked();
        }
    }

    void run() throws IOException {
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        generate();
        double generationSeconds = (System.nanoTime() - start) / 1e9;
        // The nightly count of the vocabulary (the words themselves came with the inserts, by trigger).
        start = System.nanoTime();
        vocabulary.refresh();
        double vocabularySeconds = (System.nanoTime() - start) / 1e9;
        List<Query> queries = queries();

        // Warm-up: JIT, connection pool, plan cache and the buffer cache. The naive query reads the whole table
        // for every word it does not find, so a few of its runs warm as much as all of them would.
        for (Query query : queries) {
            search(query);
        }
        for (Query query : NAIVE ? queries.subList(0, 10) : List.<Query>of()) {
            naive(query);
        }
        List<Sample> fullText = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Query query : queries) {
                fullText.add(search(query));
            }
        }
        List<Sample> ilike = new ArrayList<>();
        for (Query query : NAIVE ? queries : List.<Query>of()) {
            ilike.add(naive(query));
        }
        String loadAfter = loadAverage();

        long searchesWithHits = fullText.stream().filter(s -> s.hits() > 0).count();
        if (searchesWithHits == 0) {
            throw new IllegalStateException("No search found anything: the generated data or the queries are broken");
        }
        line("## FAQ search at %,d articles".formatted(ARTICLES));
        line("");
        line(("%,d published articles × 4 languages (%,d current versions), generated in %.0f s, vocabulary of %,d "
                        + "words counted in %.1f s; %d distinct queries (nl, fr, de, en; accents, typos, half-typed "
                        + "words, whole questions), limit %d. Server-side time of the call (System.nanoTime), after "
                        + "one warm-up pass.")
                .formatted(
                        ARTICLES,
                        jdbc.sql("select count(*) from faq_article_version where is_current")
                                .query(Long.class)
                                .single(),
                        generationSeconds,
                        jdbc.sql("select count(*) from faq_search_word")
                                .query(Long.class)
                                .single(),
                        vocabularySeconds,
                        queries.size(),
                        LIMIT));
        line("");
        line("| search | searches | with hits | p50 | p95 | max |");
        line("|---|---:|---:|---:|---:|---:|");
        line(row("`KnowledgeService.search` (staged full text after the vocabulary)", fullText));
        if (!ilike.isEmpty()) {
            line(row("naive `ILIKE '%q%'` on question and answer", ilike));
        }
        line("");
        line("By query class (full text: generated concepts, pairs, places and hand-written words that find at "
                + "least one exact hit; prefix: the half-typed hand-written words; approximate: searches with a "
                + "typo corrected, a word left out or only some words matched; whole question: the long "
                + "hand-written questions; no hit):");
        line("");
        line("| class | searches | with hits | p50 | p95 | max |");
        line("|---|---:|---:|---:|---:|---:|");
        for (String kind : List.of("full text", "prefix", "approximate", "whole question", "no hit")) {
            List<Sample> ofKind =
                    fullText.stream().filter(s -> kind.equals(s.kind())).toList();
            if (!ofKind.isEmpty()) {
                line(row(kind, ofKind));
            }
        }
        line("");
        line("Slowest distinct searches (max over rounds, class, hits):");
        line("");
        // The slowest round of each query, slowest first.
        fullText.stream()
                .collect(Collectors.toMap(
                        Sample::query, s -> s, (a, b) -> a.nanos() >= b.nanos() ? a : b, LinkedHashMap::new))
                .values()
                .stream()
                .sorted((a, b) -> Long.compare(b.nanos(), a.nanos()))
                .limit(25)
                .forEach(s -> line("- `%s` (%s, %s, %d hits): %.1f ms"
                        .formatted(
                                s.query().text(), s.query().language().code(), s.kind(), s.hits(), s.nanos() / 1e6)));
        line("");
        line("plan_cache_mode %s; auto_explain %s."
                .formatted(
                        jdbc.sql("show plan_cache_mode").query(String.class).single(),
                        System.getProperty("benchmark.explain") == null ? "off" : "on (timings inflated)"));
        line("");
        line("Machine: %d cores, load average %s before and %s after; %s (shared_buffers %s); Java %s."
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        loadBefore,
                        loadAfter,
                        jdbc.sql("select version()")
                                .query(String.class)
                                .single()
                                .replaceAll(" on .*", ""),
                        jdbc.sql("show shared_buffers").query(String.class).single(),
                        System.getProperty("java.version")));
        line("");
        Files.writeString(OUTPUT.resolve("knowledge-search.md"), report);
        System.out.println(report);
        System.out.println("JVM: " + ManagementFactory.getRuntimeMXBean().getVmName());
    }

    private Sample search(Query query) {
        long start = System.nanoTime();
        List<SearchHit> hits = knowledge.search(new SearchQuery(query.text(), query.language(), null, null, LIMIT));
        long nanos = System.nanoTime() - start;
        String kind;
        if (hits.isEmpty()) {
            kind = "no hit";
        } else if (hits.stream().anyMatch(SearchHit::approximate)) {
            kind = "approximate";
        } else if (PREFIXES.contains(query.text())) {
            kind = "prefix";
        } else if (query.text().split(" ").length >= 5) {
            kind = "whole question";
        } else {
            kind = "full text";
        }
        return new Sample(query, nanos, hits.size(), kind);
    }

    /** What a first version would do: a substring anywhere in the question or the answer, any language. */
    private Sample naive(Query query) {
        long start = System.nanoTime();
        List<Long> hits = jdbc.sql("""
                        select article_id from faq_article_version
                        where is_current and (question ilike :pattern or answer_html ilike :pattern)
                        limit :limit
                        """)
                .param(
                        "pattern",
                        "%"
                                + query.text()
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_") + "%")
                .param("limit", LIMIT)
                .query(Long.class)
                .list();
        return new Sample(query, System.nanoTime() - start, hits.size(), "naive");
    }

    /**
     * Set-based, so 100 000 articles take seconds, not an hour of single inserts: the articles, their four
     * working translations and the current versions, whose tsvector and trigram columns the database generates.
     * Every choice is a hash of the article id, so every run builds the same base.
     */
    private void generate() {
        jdbc.sql("""
                        create function bench_pick(seed bigint, n int, skew float8) returns int
                            language sql immutable parallel safe
                            as $$ select 1 + floor(n * power((hashint8(seed)::bigint + 2147483648) / 4294967296.0, skew))::int $$
                        """).update();
        jdbc.sql("create table bench_vocab (language varchar(2), concepts text[], places text[], questions text[], "
                        + "sentences text[])")
                .update();
        for (ContentLanguage language : ContentLanguage.values()) {
            int i = language.ordinal();
            jdbc.sql("insert into bench_vocab values ('%s', %s, %s, %s, %s)"
                            .formatted(
                                    language.code(),
                                    array(CONCEPTS.stream().map(c -> translation(c, i))),
                                    array(PLACES.stream().map(p -> translation(p, i))),
                                    array(QUESTIONS.get(i).stream()),
                                    array(SENTENCES.get(i).stream())))
                    .update();
        }
        jdbc.sql("""
                        insert into faq_article (domain_code, audience, status, source_language, owner, revision_author,
                                                 review_by, published_version, created_at, updated_at)
                        select (array['RMI', 'SOCIAL_AID', 'HEATING_FUND', 'ESF', 'SOCIOCULTURAL', 'URBAN_POLICY',
                                      'SOCIAL_ECONOMY', 'INFOSEC', 'INSPECTION', 'OTHER'])[bench_pick(g * 8 + 1, 10, 1.5)],
                               case when bench_pick(g * 8 + 2, 10, 1) <= 3 then 'PUBLIC' else 'INTERNAL' end,
                               'PUBLISHED',
                               (array['nl', 'fr', 'de', 'en'])[bench_pick(g * 8 + 3, 4, 1.6)],
                               'bench-agent', 'bench-agent', null, 1, now(), now()
                        from generate_series(1, :n) g
                        """).param("n", ARTICLES).update();
        // Concept slots use the same seeds in every language, so the four translations say the same thing.
        jdbc.sql("""
                        insert into faq_translation (article_id, language, question, answer_html, keywords, changed_at)
                        select a.id, v.language,
                               left(format(v.questions[bench_pick(a.id * 16 + 1, cardinality(v.questions), 1)],
                                           c1, c2, place, number, year), 300),
                               '<p>' || format(v.sentences[bench_pick(a.id * 16 + 2, cardinality(v.sentences), 1)],
                                               c3, c4, c5, number, year, place)
                                   || '</p><p>' || format(v.sentences[bench_pick(a.id * 16 + 3, cardinality(v.sentences), 1)],
                                               c4, c5, c1, number * 3, year, place)
                                   || ' ' || format(v.sentences[bench_pick(a.id * 16 + 4, cardinality(v.sentences), 1)],
                                               c5, c3, c2, number + 7, year + 1, place) || '</p>',
                               concat_ws(', ', c1, c2, c3),
                               now()
                        from faq_article a
                        cross join bench_vocab v
                        cross join lateral (
                            select v.concepts[bench_pick(a.id * 16 + 5, cardinality(v.concepts), 2)] as c1,
                                   v.concepts[bench_pick(a.id * 16 + 6, cardinality(v.concepts), 1)] as c2,
                                   v.concepts[bench_pick(a.id * 16 + 7, cardinality(v.concepts), 1.5)] as c3,
                                   v.concepts[bench_pick(a.id * 16 + 8, cardinality(v.concepts), 1)] as c4,
                                   v.concepts[bench_pick(a.id * 16 + 9, cardinality(v.concepts), 2.5)] as c5,
                                   v.places[bench_pick(a.id * 16 + 10, cardinality(v.places), 1.3)] as place,
                                   bench_pick(a.id * 16 + 11, 90, 1) + 5 as number,
                                   2014 + bench_pick(a.id * 16 + 12, 12, 1) as year) p
                        """).update();
        jdbc.sql("""
                        insert into faq_article_version (article_id, number, language, domain_code, audience, question,
                                                         answer_html, keywords, published_by, published_at, is_current)
                        select t.article_id, 1, t.language, a.domain_code, a.audience, t.question, t.answer_html,
                               t.keywords, 'bench-expert', now(), true
                        from faq_translation t
                        join faq_article a on a.id = t.article_id
                        """).update();
        jdbc.sql("drop table bench_vocab").update();
        jdbc.sql("drop function bench_pick").update();
        // What autovacuum would have done by the time a real base of this size is searched.
        jdbc.sql("vacuum analyze faq_article").update();
        jdbc.sql("vacuum analyze faq_translation").update();
        jdbc.sql("vacuum analyze faq_article_version").update();
    }

    /** The fixed list: the first concepts alone and in pairs, with places, then the hand-written ones. */
    static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (ContentLanguage language : ContentLanguage.values()) {
            int i = language.ordinal();
            for (int c = 0; c < 25; c++) {
                queries.add(new Query(translation(CONCEPTS.get(c), i), language));
            }
            for (int c = 0; c < 8; c++) {
                queries.add(new Query(
                        translation(CONCEPTS.get(c), i) + " " + translation(CONCEPTS.get(c * 3 + 5), i), language));
            }
            for (int p = 0; p < 6; p++) {
                queries.add(new Query(
                        translation(CONCEPTS.get(p * 4 + 4), i) + " " + translation(PLACES.get(p * 5), i), language));
            }
        }
        for (String line : HAND_WRITTEN) {
            String[] parts = line.split("\\|", 2);
            queries.add(new Query(parts[1], ContentLanguage.fromCode(parts[0]).orElseThrow()));
        }
        return queries;
    }

    private static String translation(String concept, int language) {
        String[] parts = concept.split("\\|");
        return parts.length == 1 ? parts[0] : parts[language];
    }

    private static String array(Stream<String> values) {
        return values.map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ", "array[", "]"));
    }

    private static String row(String name, List<Sample> samples) {
        long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        return "| %s | %d | %d | %.1f ms | %.1f ms | %.1f ms |"
                .formatted(
                        name,
                        nanos.length,
                        samples.stream().filter(s -> s.hits() > 0).count(),
                        percentile(nanos, 0.50) / 1e6,
                        percentile(nanos, 0.95) / 1e6,
                        nanos[nanos.length - 1] / 1e6);
    }

    /** Nearest rank: the smallest value with at least that share of the samples at or below it. */
    private static long percentile(long[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    record Query(String text, ContentLanguage language) {}

    record Sample(Query query, long nanos, int hits, String kind) {}
}

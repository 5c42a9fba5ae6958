package be.miis.frontdesk.selfservice.web;

import be.miis.frontdesk.knowledge.PublicArticle;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.selfservice.HelpfulVotes;
import be.miis.frontdesk.selfservice.HelpfulVotes.Visitor;
import be.miis.frontdesk.selfservice.PortalCatalogue;
import be.miis.frontdesk.selfservice.PortalQuestions;
import be.miis.frontdesk.selfservice.PortalQuestions.QuestionStatus;
import be.miis.frontdesk.selfservice.QuestionMail;
import be.miis.frontdesk.selfservice.QuestionProperties;
import be.miis.frontdesk.selfservice.RateLimits;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.shared.SecretTokens;
import be.miis.frontdesk.ticket.TicketType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Ask a question" and the private status link (docs/portal.md, "Asking a question", "Status link"): the form after
 * GOV.UK's patterns, checked on the server only, which opens a WEB ticket through {@link PortalQuestions}; the
 * confirmation with the reference and the status link; the status page. Like the vote, the form carries a token
 * derived from the visitor instead of a session's CSRF token; a filled honeypot field gets a page that looks like
 * success and nothing is stored.
 */
@Controller
class PortalQuestionController {

    private static final Logger log = LoggerFactory.getLogger(PortalQuestionController.class);

    /** The form token's scope: the vote's token of an article that cannot exist (ids are positive). */
    static final long ASK_FORM = -1;

    /** The field a person never sees nor fills (off screen, out of the tab order); robots fill every field. */
    static final String HONEYPOT = "website";

    static final int MAX_ORGANISATION_NAME = 200;
    static final int MAX_FIND = 100;
    static final int ORGANISATION_MATCHES = 8;

    /**
     * An address of one mailbox: no spaces, and none of the characters that would make it a list or a display name
     * when the mail is addressed ({@code , ; < > ( ) [ ] \ "}).
     */
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s,;<>()\\[\\]\\\\\"]+@[^@\\s,;<>()\\[\\]\\\\\"]+\\.[^@\\s,;<>()\\[\\]\\\\\".]{2,}");

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");

    private final PortalQuestions questions;
    private final PortalCatalogue catalogue;
    private final HelpfulVotes votes;
    private final RateLimits limits;
    private final QuestionProperties properties;
    private final OrganisationService organisations;
    private final DomainCatalogue domains;

    PortalQuestionController(
            PortalQuestions questions,
            PortalCatalogue catalogue,
            HelpfulVotes votes,
            RateLimits limits,
            QuestionProperties properties,
            OrganisationService organisations,
            DomainCatalogue domains) {
        this.questions = questions;
        this.catalogue = catalogue;
        this.votes = votes;
        this.limits = limits;
        this.properties = properties;
        this.organisations = organisations;
        this.domains = domains;
    }

    /**
     * The empty form; {@code q} prefills the question (from a search that found nothing), {@code article} names the
     * article the visitor came from, {@code find} looks up organisations by name or postcode.
     */
    @GetMapping("/portal/{lang}/ask")
    String form(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long article,
            @RequestParam(required = false) @Nullable String find,
            HttpServletRequest request,
            Model model) {
        ContentLanguage language = PortalController.language(lang);
        AskForm form = AskForm.empty(language);
        form.question = q == null ? "" : cut(q.strip(), PortalQuestions.MAX_QUESTION);
        form.find = find == null ? "" : find.strip();
        form.article = article == null ? "" : article.toString();
        if (PlainText.isRefused(form.question) || PlainText.isRefused(form.find)) {
            throw new PortalException(HttpStatus.BAD_REQUEST);
        }
        return show(model, language, form, Map.of(), request);
    }

    /**
     * The form sent: either the organisation lookup (the form's own search button: nothing is stored, everything
     * typed comes back) or the question, which is checked, limited, stored and answered with a redirect to its
     * confirmation.
     */
    @PostMapping("/portal/{lang}/ask")
    Object ask(
            @PathVariable String lang,
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) @Nullable MultipartFile attachment,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ContentLanguage language = PortalController.language(lang);
        AskForm form = AskForm.of(params, language);
        if ("find".equals(params.get("action"))) {
            if (!limits.allow(RateLimits.Kind.SEARCH, request.getRemoteAddr())) {
                throw new PortalException(HttpStatus.TOO_MANY_REQUESTS);
            }
            return show(model, language, form, Map.of(), request);
        }
        String honeypot = params.get(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            // Answered as if accepted, so that a robot learns nothing; no ticket, no mail, no count.
            log.info("Portal question refused: honeypot field filled, from {}", request.getRemoteAddr());
            model.addAttribute("lang", language);
            model.addAttribute("switches", PortalController.homeSwitches());
            model.addAttribute("noindex", true);
            model.addAttribute("complaint", AskForm.COMPLAINT.equals(params.get("kind")));
            return "portal/ask-sent";
        }
        Visitor visitor = PortalController.visitor(request);
        String token = params.get("token");
        if (token == null || token.isBlank()) {
            throw new PortalException(HttpStatus.BAD_REQUEST);
        }
        if (!votes.validToken(ASK_FORM, visitor, token)) {
            throw new PortalException(HttpStatus.FORBIDDEN);
        }
        QuestionMail.Upload upload = upload(attachment);
        Map<String, String> errors = check(form, upload);
        Optional<PublicArticle> from = article(form, language);
        if (!errors.isEmpty()) {
            // The form again, with what was typed and each error; nothing is stored.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, language, form, errors, request);
        }
        String email = form.email.strip();
        if (!limits.allow("QUESTION", properties.questionsPerHour(), Duration.ofHours(1), visitor.address())
                || !limits.allow(
                        "QUESTION_ADDRESS",
                        properties.questionsPerAddress(),
                        Duration.ofDays(1),
                        email.toLowerCase(Locale.ROOT))) {
            return refused(HttpStatus.TOO_MANY_REQUESTS, language, "portal.ask.limit", request);
        }
        boolean notListed = "none".equals(form.organisation);
        PortalQuestions.Asked asked = questions.ask(new PortalQuestions.Question(
                notListed ? null : Long.valueOf(form.organisation),
                notListed ? oneLine(form.organisationName) : null,
                notListed ? form.postcode.strip() : null,
                oneLine(form.name),
                email,
                form.domain,
                ContentLanguage.fromCode(form.language).orElseThrow(),
                // A complaint about the service goes to the complaints procedure (docs/complaints.md).
                AskForm.COMPLAINT.equals(form.kind) ? TicketType.COMPLAINT : TicketType.QUESTION,
                form.question.strip(),
                from.map(PublicArticle::articleId).orElse(null),
                from.map(PublicArticle::question).orElse(null),
                upload));
        return "redirect:/portal/" + language.code() + "/ask/sent/" + asked.token();
    }

    /** The confirmation: reference, what happens next and by when, and the private status link. */
    @GetMapping("/portal/{lang}/ask/sent/{token}")
    Object sent(
            @PathVariable String lang,
            @PathVariable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ContentLanguage language = PortalController.language(lang);
        keepPrivate(response);
        Optional<QuestionStatus> status = status(token);
        if (status.isEmpty()) {
            return gone(language, request);
        }
        page(model, language, code -> "/portal/" + code + "/ask/sent/" + token);
        model.addAttribute("status", status.get());
        model.addAttribute("statusPath", "/portal/" + language.code() + "/status/" + token);
        model.addAttribute("due", date(status.get().due(), language));
        model.addAttribute("complaint", status.get().complaint());
        return "portal/ask-sent";
    }

    /** The private status link: reference, stage and the answers given, nothing else. */
    @GetMapping("/portal/{lang}/status/{token}")
    Object status(
            @PathVariable String lang,
            @PathVariable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ContentLanguage language = PortalController.language(lang);
        keepPrivate(response);
        Optional<QuestionStatus> status = status(token);
        if (status.isEmpty()) {
            return gone(language, request);
        }
        page(model, language, code -> "/portal/" + code + "/status/" + token);
        model.addAttribute("status", status.get());
        model.addAttribute("received", date(status.get().receivedAt(), language));
        model.addAttribute("due", date(status.get().due(), language));
        model.addAttribute("expires", date(status.get().linkExpiresAt(), language));
        model.addAttribute(
                "answers",
                status.get().answers().stream()
                        .map(answer -> new ShownAnswer(answer.text(), date(answer.givenAt(), language)))
                        .toList());
        return "portal/status";
    }

    private Optional<QuestionStatus> status(String token) {
        // A token that cannot be one is not looked up; the answer is the same as for one that expired.
        return SecretTokens.wellFormed(token) ? questions.status(token) : Optional.empty();
    }

    private String show(
            Model model,
            ContentLanguage language,
            AskForm form,
            Map<String, String> errors,
            HttpServletRequest request) {
        page(model, language, code -> "/portal/" + code + "/ask");
        model.addAttribute("noindex", true);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("token", votes.formToken(ASK_FORM, PortalController.visitor(request)));
        model.addAttribute("organisations", organisationChoices(form, language));
        model.addAttribute(
                "domains",
                domains.findAll().stream()
                        .filter(DomainView::active)
                        .map(d -> new Choice(d.code(), d.name(Locale.forLanguageTag(language.code()))))
                        .toList());
        model.addAttribute("fromArticle", article(form, language).orElse(null));
        model.addAttribute("maxSize", properties.attachmentMaxSize().toMegabytes());
        return "portal/ask";
    }

    /**
     * The organisations to choose from: those the lookup found (active ones, by name in any language or postcode,
     * never by a contact person's name) and the one already chosen.
     */
    private List<Choice> organisationChoices(AskForm form, ContentLanguage language) {
        Locale locale = Locale.forLanguageTag(language.code());
        List<Long> ids = new ArrayList<>();
        if (form.organisation.matches("\\d{1,18}")) {
            ids.add(Long.valueOf(form.organisation));
        }
        String find = form.find.strip();
        if (!find.isEmpty() && find.length() <= MAX_FIND && !PlainText.isRefused(find)) {
            ids.addAll(organisations.findOrganisationIds(find, ORGANISATION_MATCHES * 2));
        }
        Map<Long, OrganisationSummary> found = organisations.summaries(ids);
        Map<Long, Choice> choices = new LinkedHashMap<>();
        for (Long id : ids) {
            OrganisationSummary summary = found.get(id);
            if (summary != null && summary.active() && choices.size() < ORGANISATION_MATCHES) {
                choices.putIfAbsent(
                        id,
                        new Choice(
                                id.toString(),
                                summary.name(locale) + " (" + String.join(", ", summary.postcodes()) + ")"));
            }
        }
        return List.copyOf(choices.values());
    }

    /** Each field's error key, in the order of the form (the error summary's order). */
    private Map<String, String> check(AskForm form, QuestionMail.@Nullable Upload upload) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : form.texts().entrySet()) {
            if (PlainText.isRefused(field.getValue())) {
                errors.put(field.getKey(), "portal.ask.error.characters");
            }
        }
        if (form.organisation.isEmpty()) {
            errors.putIfAbsent("organisation", "portal.ask.error.organisation");
        } else if ("none".equals(form.organisation)) {
            if (form.organisationName.isBlank()) {
                errors.putIfAbsent("organisationName", "portal.ask.error.organisationName");
            } else if (form.organisationName.strip().length() > MAX_ORGANISATION_NAME) {
                errors.putIfAbsent("organisationName", "portal.ask.error.organisationName.size");
            }
            if (!POSTCODE.matcher(form.postcode.strip()).matches()) {
                errors.putIfAbsent("postcode", "portal.ask.error.postcode");
            }
        } else if (!form.organisation.matches("\\d{1,18}")
                || organisations
                        .findSummary(Long.parseLong(form.organisation))
                        .filter(OrganisationSummary::active)
                        .isEmpty()) {
            errors.putIfAbsent("organisation", "portal.ask.error.organisation");
        }
        if (form.name.isBlank()) {
            errors.putIfAbsent("name", "portal.ask.error.name");
        } else if (form.name.strip().length() > PortalQuestions.MAX_NAME) {
            errors.putIfAbsent("name", "portal.ask.error.name.size");
        }
        if (form.email.isBlank()) {
            errors.putIfAbsent("email", "portal.ask.error.email");
        } else if (form.email.strip().length() > PortalQuestions.MAX_EMAIL
                || !EMAIL.matcher(form.email.strip()).matches()) {
            errors.putIfAbsent("email", "portal.ask.error.email.format");
        }
        boolean knownDomain =
                domains.findAll().stream().anyMatch(d -> d.active() && d.code().equals(form.domain));
        if (!knownDomain) {
            errors.putIfAbsent("domain", "portal.ask.error.domain");
        }
        if (ContentLanguage.fromCode(form.language)
                .filter(l -> l.code().equals(form.language))
                .isEmpty()) {
            errors.putIfAbsent("language", "portal.ask.error.language");
        }
        if (form.question.isBlank()) {
            errors.putIfAbsent("question", "portal.ask.error.question");
        } else if (form.question.strip().length() > PortalQuestions.MAX_QUESTION) {
            errors.putIfAbsent("question", "portal.ask.error.question.size");
        }
        if (upload != null) {
            questions
                    .refusal(upload)
                    .ifPresent(refusal -> errors.put(
                            "attachment",
                            refusal == QuestionMail.Refusal.SIZE
                                    ? "portal.ask.error.attachment.size"
                                    : "portal.ask.error.attachment.type"));
        }
        return errors;
    }

    /** The article the form was opened from, when it is public; any other id is simply not carried. */
    private Optional<PublicArticle> article(AskForm form, ContentLanguage language) {
        if (!form.article.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return catalogue.article(Long.parseLong(form.article), language);
    }

    private static QuestionMail.@Nullable Upload upload(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            String name = file.getOriginalFilename();
            return new QuestionMail.Upload(name == null ? "" : name, file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wrong and expired tokens alike: the same 404 page, so that a token cannot be probed. */
    private static ModelAndView gone(ContentLanguage language, HttpServletRequest request) {
        return refused(HttpStatus.NOT_FOUND, language, "portal.status.gone", request);
    }

    private static ModelAndView refused(
            HttpStatus status, ContentLanguage language, String key, HttpServletRequest request) {
        ModelAndView page = PortalErrors.page(status, request);
        page.addObject("lang", language);
        page.addObject("messageKey", key);
        return page;
    }

    /** The pages of the token: never kept by a cache, never indexed. */
    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    private static void page(Model model, ContentLanguage language, java.util.function.Function<String, String> href) {
        model.addAttribute("lang", language);
        model.addAttribute("noindex", true);
        model.addAttribute(
                "switches",
                Arrays.stream(ContentLanguage.values())
                        .map(l -> new PortalController.Switch(l.code(), href.apply(l.code()), true))
                        .toList());
    }

    private static @Nullable String date(@Nullable Instant instant, ContentLanguage language) {
        return instant == null ? null : BusinessTime.longDate(instant, language);
    }

    /**
     * A field of one line as one line: a line break sent by hand must not add a line to the agent's note ("From: …")
     * that the visitor did not fill in.
     */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** An option of a list: its value and what the visitor reads. */
    record Choice(String value, String label) {}

    record ShownAnswer(String text, @Nullable String date) {}

    /** What the visitor typed, as typed, to show again. */
    static final class AskForm {
        static final String COMPLAINT = "complaint";
        String kind = "question";
        String organisation = "";
        String organisationName = "";
        String postcode = "";
        String name = "";
        String email = "";
        String domain = "";
        String language = "";
        String question = "";
        String article = "";
        String find = "";

        static AskForm empty(ContentLanguage language) {
            AskForm form = new AskForm();
            form.language = language.code();
            return form;
        }

        static AskForm of(Map<String, String> params, ContentLanguage page) {
            AskForm form = new AskForm();
            form.organisation = params.getOrDefault("organisation", "");
            form.organisationName = params.getOrDefault("organisationName", "");
            form.postcode = params.getOrDefault("postcode", "");
            form.name = params.getOrDefault("name", "");
            form.email = params.getOrDefault("email", "");
            form.domain = params.getOrDefault("domain", "");
            form.language = params.getOrDefault("language", page.code());
            form.question = params.getOrDefault("question", "");
            form.kind = COMPLAINT.equals(params.get("kind")) ? COMPLAINT : "question";
            form.article = params.getOrDefault("article", "");
            form.find = params.getOrDefault("find", "");
            return form;
        }

        /** The fields people type into, by name, to refuse control characters (a multipart form skips the filter). */
        Map<String, String> texts() {
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("organisationName", organisationName);
            texts.put("postcode", postcode);
            texts.put("name", name);
            texts.put("email", email);
            texts.put("question", question);
            return texts;
        }

        // Read by the template.
        public String getKind() {
            return kind;
        }

        public String getOrganisation() {
            return organisation;
        }

        public String getOrganisationName() {
            return organisationName;
        }

        public String getPostcode() {
            return postcode;
        }

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }

        public String getDomain() {
            return domain;
        }

        public String getLanguage() {
            return language;
        }

        public String getQuestion() {
            return question;
        }

        public String getArticle() {
            return article;
        }

        public String getFind() {
            return find;
        }
    }
}

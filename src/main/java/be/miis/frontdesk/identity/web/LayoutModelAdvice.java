package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.SignInFactors;
import be.miis.frontdesk.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: who is logged in (for the navigation) and the language links. */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("currentUser")
    @Nullable
    FrontdeskUser currentUser(@AuthenticationPrincipal @Nullable FrontdeskUser user, @Nullable Authentication auth) {
        // Halfway through a sign-in (second factor to come) nobody is signed in yet: no navigation to the roles' pages.
        return SignInFactors.isPending(auth) ? null : user;
    }

    /**
     * A link per language to the page being shown. After a POST (a form re-rendered with errors) the links go
     * to the home page instead, because following them would re-send nothing and land on a GET-less URL. Path and
     * query only, never scheme and host: the host would come from the request's Host header, which anybody can forge
     * (docs/security.md, "Host header"); leading slashes are folded into one, so that "//host" cannot make the link point
     * to another site either.
     */
    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request) {
        boolean get = "GET".equals(request.getMethod());
        return Arrays.stream(Language.values())
                .map(language -> new LanguageLink(
                        language.code(),
                        get
                                ? UriComponentsBuilder.newInstance()
                                        .path(request.getRequestURI().replaceFirst("^/+", "/"))
                                        .query(request.getQueryString())
                                        .replaceQueryParam("lang", language.code())
                                        .build()
                                        .toUriString()
                                : "/?lang=" + language.code()))
                .toList();
    }

    record LanguageLink(String code, String href) {}
}

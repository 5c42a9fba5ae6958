package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * When a logged-in user switches language, remember it on their account, so it follows them to the next
 * login on any workstation (the cookie alone would stay on this browser).
 */
class LanguagePreferenceInterceptor implements HandlerInterceptor {

    private final IdentityService identity;

    LanguagePreferenceInterceptor(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String code = request.getParameter("lang");
        if (code != null) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof FrontdeskUser user) {
                Language.fromCode(code).ifPresent(language -> identity.changeLanguage(user.getUsername(), language));
            }
        }
        return true;
    }
}

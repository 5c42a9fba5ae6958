package be.miis.frontdesk.shared.web;

import java.io.Serial;
import java.io.Serializable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message for the page after a redirect (post/redirect/get). It carries a message key and arguments, not
 * text, so that it is rendered in the language of the page that shows it.
 */
public final class Flash {

    public static final String ATTRIBUTE = "flash";

    private Flash() {}

    public static void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Message("success", key, args));
    }

    public static void error(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Message("danger", key, args));
    }

    /** Serializable because flash attributes travel through the database session. */
    public record Message(String level, String key, Object[] args) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public boolean isError() {
            return "danger".equals(level);
        }
    }
}

package be.miis.frontdesk.shared.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells templates whether htmx asked for the page. Out-of-band parts of a fragment (the live region's announcement)
 * are rendered only then: in a full page they would duplicate the layout's element.
 */
@ControllerAdvice(annotations = Controller.class)
class HtmxModelAdvice {

    @ModelAttribute("htmxRequest")
    boolean htmxRequest(HtmxRequest htmx) {
        return htmx.isHtmxRequest();
    }
}

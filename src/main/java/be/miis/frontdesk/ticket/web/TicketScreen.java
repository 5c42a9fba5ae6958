package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.TicketType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The base of the ticket screens' controllers: the choices every ticket screen offers (domains, channels, types,
 * languages) and domain names by code. A base class rather than a controller advice, so that a web-slice test of
 * another module does not need the domain catalogue.
 */
abstract class TicketScreen {

    private final DomainCatalogue domains;

    TicketScreen(DomainCatalogue domains) {
        this.domains = domains;
    }

    /** The domains a ticket can be put in now; names of retired ones still show through domainNames. */
    @ModelAttribute("domains")
    List<DomainView> domains() {
        return domains.findAll().stream().filter(DomainView::active).toList();
    }

    @ModelAttribute("domainNames")
    Map<String, String> domainNames(Locale locale) {
        return domains.findAll().stream().collect(Collectors.toMap(DomainView::code, domain -> domain.name(locale)));
    }

    @ModelAttribute("channels")
    Channel[] channels() {
        return Channel.values();
    }

    @ModelAttribute("priorities")
    EscalationPriority[] priorities() {
        return EscalationPriority.values();
    }

    @ModelAttribute("types")
    TicketType[] types() {
        return TicketType.values();
    }

    @ModelAttribute("languages")
    ContentLanguage[] languages() {
        return ContentLanguage.values();
    }
}

package be.miis.frontdesk.privacy;

import be.miis.frontdesk.mail.MailPersonalData;
import be.miis.frontdesk.quality.QualityPersonalData;
import be.miis.frontdesk.selfservice.PortalPersonalData;
import be.miis.frontdesk.ticket.TicketPersonalData.TicketRef;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the other modules keep about tickets the ticket module has just anonymised: their mails and attachments,
 * the portal question or call-back they came from, their ratings and complaint (docs/privacy.md, "What anonymising
 * a ticket touches"). Retention and erasure both call it, in the transaction that anonymised the tickets.
 */
@Component
class TicketsElsewhere {

    private final MailPersonalData mail;
    private final PortalPersonalData portal;
    private final QualityPersonalData quality;

    TicketsElsewhere(MailPersonalData mail, PortalPersonalData portal, QualityPersonalData quality) {
        this.mail = mail;
        this.portal = portal;
        this.quality = quality;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void anonymise(List<TicketRef> tickets) {
        List<Long> ids = tickets.stream().map(TicketRef::id).toList();
        mail.anonymiseTickets(ids);
        portal.anonymiseTickets(ids, tickets.stream().map(TicketRef::reference).toList());
        quality.anonymiseTickets(ids);
    }
}

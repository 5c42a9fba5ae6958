package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.TicketChange;
import be.miis.frontdesk.ticket.TicketView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Corrects a ticket's domain, language or caller. */
class ReclassifyForm {

    private int version;

    @NotBlank(message = "{ticket.domain.required}")
    private String domainCode = "";

    @NotNull(message = "{ticket.language.required}")
    private ContentLanguage language = ContentLanguage.NL;

    @Pattern(regexp = CallerRef.FORM_VALUE, message = "{ticket.caller.invalid}")
    private String caller = "";

    static ReclassifyForm of(TicketView ticket) {
        ReclassifyForm form = new ReclassifyForm();
        form.version = ticket.version();
        form.domainCode = ticket.domainCode();
        form.language = ticket.language();
        form.caller = CallerRef.of(
                ticket.organisation() == null ? null : ticket.organisation().id(),
                ticket.contact() == null ? null : ticket.contact().id());
        return form;
    }

    TicketChange toChange() {
        CallerRef caller = CallerRef.ofValid(this.caller);
        return new TicketChange(domainCode, language, caller.organisationId(), caller.contactId());
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getDomainCode() {
        return domainCode;
    }

    public void setDomainCode(String domainCode) {
        this.domainCode = domainCode;
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ContentLanguage language) {
        this.language = language;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }
}

package be.miis.frontdesk.organisation.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.organisation.ContactEmailTakenException;
import be.miis.frontdesk.organisation.ContactNotFoundException;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationView;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agents add and correct contact persons on the organisation's page: a caller who is not yet known is added
 * deliberately, never created behind the agent's back while logging a call.
 */
@Controller
class ContactController {

    private static final String FORM = "organisation/contact-form";

    private final OrganisationService organisations;

    ContactController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("languages")
    ContentLanguage[] languages() {
        return ContentLanguage.values();
    }

    @GetMapping("/frontdesk/organisations/{id}/contacts/new")
    String showNewContact(@PathVariable long id, Model model) {
        OrganisationView organisation = organisations.get(id);
        ContactForm form = new ContactForm();
        form.setPreferredLanguage(organisation.summary().mainLanguage());
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/frontdesk/organisations/{id}/contacts")
    String addContact(
            @PathVariable long id,
            @ModelAttribute("form") @Valid ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OrganisationView organisation = organisations.get(id);
        model.addAttribute("organisation", organisation);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            ContactView contact = organisations.addContact(id, form.toData());
            Flash.success(redirect, "contact.flash.added", contact.fullName());
            return "redirect:/frontdesk/organisations/" + id;
        } catch (ContactEmailTakenException e) {
            result.rejectValue(e.field(), e.messageKey());
            return FORM;
        }
    }

    @GetMapping("/frontdesk/contacts/{contactId}")
    String showContact(@PathVariable long contactId, @AuthenticationPrincipal FrontdeskUser user, Model model) {
        ContactView contact = organisations.openContact(contactId, user.getUsername());
        model.addAttribute("organisation", organisations.get(contact.organisationId()));
        model.addAttribute("contact", contact);
        model.addAttribute("form", ContactForm.of(contact));
        return FORM;
    }

    @PostMapping("/frontdesk/contacts/{contactId}")
    String updateContact(
            @PathVariable long contactId,
            @ModelAttribute("form") @Valid ContactForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ContactView contact = contact(contactId);
        model.addAttribute("organisation", organisations.get(contact.organisationId()));
        model.addAttribute("contact", contact);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            ContactView saved = organisations.updateContact(contactId, form.getVersion(), form.toData());
            Flash.success(redirect, "contact.flash.updated", saved.fullName());
            return "redirect:/frontdesk/organisations/" + saved.organisationId();
        } catch (ContactEmailTakenException e) {
            result.rejectValue(e.field(), e.messageKey());
            return FORM;
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.conflict.detail");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return FORM;
        }
    }

    private ContactView contact(long contactId) {
        return organisations.findContact(contactId).orElseThrow(() -> ContactNotFoundException.forId(contactId));
    }
}

package be.miis.frontdesk.privacy.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.privacy.ErasureRefusedException;
import be.miis.frontdesk.privacy.PersonalData;
import be.miis.frontdesk.privacy.PersonalDataService;
import be.miis.frontdesk.shared.web.Flash;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contact person's rights for administrators (docs/privacy.md, "Export" and "Erasure"): find the contact, read
 * everything stored about them on a printable page or download it as JSON, and erase it after a confirmation step
 * that says what stays and refuses when the rules do not allow it.
 */
@Controller
class PersonalDataController {

    static final int RESULTS = 20;

    private final PersonalDataService personalData;
    private final OrganisationService organisations;

    PersonalDataController(PersonalDataService personalData, OrganisationService organisations) {
        this.personalData = personalData;
        this.organisations = organisations;
    }

    @GetMapping("/admin/personal-data")
    String search(@RequestParam(required = false) @Nullable String q, Model model) {
        String query = q == null ? "" : q.strip();
        List<Long> ids = query.isEmpty() ? List.of() : organisations.findContactIds(query, RESULTS);
        Map<Long, ContactView> byId = organisations.contacts(ids);
        List<ContactView> found =
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        model.addAttribute("q", query);
        model.addAttribute("contacts", found);
        return "privacy/search";
    }

    @GetMapping("/admin/contacts/{id}/personal-data")
    String show(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin, Model model) {
        model.addAttribute("data", personalData.export(id, "html", admin.getUsername()));
        return "privacy/personal-data";
    }

    @GetMapping("/admin/contacts/{id}/personal-data.json")
    ResponseEntity<PersonalData> download(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin) {
        PersonalData data = personalData.export(id, "json", admin.getUsername());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("personal-data-contact-" + id + ".json")
                                .build()
                                .toString())
                .body(data);
    }

    @GetMapping("/admin/contacts/{id}/erase")
    String confirmErasure(@PathVariable long id, Model model) {
        model.addAttribute("plan", personalData.plan(id));
        return "privacy/erase";
    }

    @PostMapping("/admin/contacts/{id}/erase")
    String erase(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirm,
            @AuthenticationPrincipal FrontdeskUser admin,
            RedirectAttributes redirect) {
        if (!confirm) {
            Flash.error(redirect, "privacy.erase.confirm.missing");
            return "redirect:/admin/contacts/" + id + "/erase";
        }
        try {
            int tickets = personalData.erase(id, admin.getUsername());
            Flash.success(redirect, "privacy.erase.done", tickets);
            return "redirect:/admin/contacts/" + id + "/personal-data";
        } catch (ErasureRefusedException e) {
            // The confirmation page says why, with the figures; the flash only says that nothing was erased.
            Flash.error(redirect, "privacy.erase.refused");
            return "redirect:/admin/contacts/" + id + "/erase";
        }
    }
}

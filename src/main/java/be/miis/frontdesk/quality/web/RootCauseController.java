package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.quality.ComplaintService;
import be.miis.frontdesk.quality.InvalidComplaintException;
import be.miis.frontdesk.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' list of complaint root causes: add one, retire one or bring it back (docs/complaints.md). */
@Controller
class RootCauseController {

    private final ComplaintService complaints;

    RootCauseController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/admin/complaints/root-causes")
    String list(Model model) {
        model.addAttribute("rootCauses", complaints.rootCauses());
        return "quality/root-causes";
    }

    @PostMapping("/admin/complaints/root-causes")
    String add(
            @RequestParam(defaultValue = "") String nameNl,
            @RequestParam(defaultValue = "") String nameFr,
            @RequestParam(defaultValue = "") String nameEn,
            RedirectAttributes redirect) {
        try {
            complaints.addRootCause(nameNl, nameFr, nameEn);
            Flash.success(redirect, "quality.rootCause.flash.added");
        } catch (InvalidComplaintException e) {
            Flash.error(redirect, e.messageKey());
        }
        return "redirect:/admin/complaints/root-causes";
    }

    @PostMapping("/admin/complaints/root-causes/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        complaints.setRootCauseActive(id, active);
        Flash.success(redirect, "quality.rootCause.flash.changed");
        return "redirect:/admin/complaints/root-causes";
    }
}

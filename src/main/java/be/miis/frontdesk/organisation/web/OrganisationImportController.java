package be.miis.frontdesk.organisation.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.organisation.ImportKind;
import be.miis.frontdesk.organisation.ImportReport;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.web.ImportUpload;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV import of organisations and contacts for administrators: upload, a dry run that shows what would happen,
 * then the real import of the same file; the progress of a large file is shown while it runs.
 */
@Controller
class OrganisationImportController {

    private final OrganisationService organisations;

    OrganisationImportController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/admin/imports")
    String showImports(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("imports", organisations.recentImports());
        return "organisation/imports";
    }

    @PostMapping("/admin/imports")
    String startImport(
            @RequestParam("kind") ImportKind kind,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect)
            throws IOException {
        return ImportUpload.start(
                file,
                "/admin/imports",
                "organisation.import.file.none",
                redirect,
                name -> organisations.startImport(kind, name, file.getBytes(), dryRun, user.getUsername()));
    }

    @GetMapping("/admin/imports/{id}")
    String showImport(@PathVariable long id, HtmxRequest htmx, Model model) {
        ImportReport report = organisations.findImport(id);
        model.addAttribute("report", report);
        return htmx.isHtmxRequest() ? "organisation/import :: report" : "organisation/import";
    }

    @PostMapping("/admin/imports/{id}/apply")
    String applyImport(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser user) {
        return "redirect:/admin/imports/" + organisations.repeatForReal(id, user.getUsername());
    }
}

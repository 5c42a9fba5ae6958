package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.shared.web.ImportUpload;
import be.miis.frontdesk.ticket.TicketImportReport;
import be.miis.frontdesk.ticket.TicketImports;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Import of the ticket history of the previous CRM for administrators: upload, then the progress of the file while
 * it is checked and imported in the background (from the database, so any instance can show it), then the report.
 */
@Controller
class TicketImportController {

    private final TicketImports imports;

    TicketImportController(TicketImports imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/ticket-imports")
    String showImports(Model model) {
        model.addAttribute("imports", imports.recentImports());
        return "ticket/imports";
    }

    @PostMapping("/admin/ticket-imports")
    String startImport(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "skipInvalid", defaultValue = "false") boolean skipInvalid,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect)
            throws IOException {
        return ImportUpload.start(file, "/admin/ticket-imports", "ticket.import.file.none", redirect, name -> {
            // The upload is copied out of the request: the import outlives it, and deletes the copy when done.
            Path copy = Files.createTempFile("ticket-import-", ".csv");
            try {
                file.transferTo(copy);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
            return imports.startImport(name, copy, skipInvalid, user.getUsername());
        });
    }

    @GetMapping("/admin/ticket-imports/{id}")
    String showImport(@PathVariable long id, HtmxRequest htmx, Model model) {
        model.addAttribute("report", imports.findImport(id));
        model.addAttribute("maxProblems", TicketImportReport.MAX_PROBLEMS);
        return htmx.isHtmxRequest() ? "ticket/import :: report" : "ticket/import";
    }
}

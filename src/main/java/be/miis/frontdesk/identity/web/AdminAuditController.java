package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.identity.AuditQuery;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators: who logged in, failed to, or changed what; newest first. */
@Controller
class AdminAuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AdminAuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String showAudit(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable AuditAction action,
            @RequestParam(required = false) @Nullable String after,
            HtmxRequest htmx,
            Model model) {
        AuditQuery query = new AuditQuery(actor, action);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("page", audit.find(query, after, PAGE_SIZE));
        // "Load more" asks for the next rows only; they replace the button's own row.
        return htmx.isHtmxRequest() && after != null ? "identity/audit :: rows" : "identity/audit";
    }
}

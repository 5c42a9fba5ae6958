package be.miis.frontdesk.privacy.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.privacy.RetentionBusyException;
import be.miis.frontdesk.privacy.RetentionRun;
import be.miis.frontdesk.privacy.RetentionService;
import be.miis.frontdesk.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retention for administrators (docs/privacy.md, "The admin page"): the rules in force, a dry run, "run now" after
 * a confirmation, and the log of runs, newest first, by keyset. A run's result is shown from the log (post, redirect,
 * get), so reloading the page never runs it again.
 */
@Controller
class RetentionController {

    static final int PAGE_SIZE = 20;

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @GetMapping("/admin/retention")
    String showRetention(
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(required = false) @Nullable Long run,
            HtmxRequest htmx,
            Model model) {
        List<RetentionRun> rows = retention.runs(before, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        List<RetentionRun> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        model.addAttribute("runs", page);
        model.addAttribute("nextBefore", more ? page.get(page.size() - 1).id() : null);
        if (htmx.isHtmxRequest() && before != null) {
            return "privacy/retention :: rows";
        }
        model.addAttribute("rules", retention.rules());
        model.addAttribute("result", run == null ? null : retention.findRun(run));
        return "privacy/retention";
    }

    @PostMapping("/admin/retention/dry-run")
    String dryRun(@AuthenticationPrincipal FrontdeskUser admin) {
        RetentionRun run = retention.dryRun(admin.getUsername());
        return "redirect:/admin/retention?run=" + run.id() + "#result";
    }

    @PostMapping("/admin/retention/run")
    String runNow(
            @RequestParam(defaultValue = "false") boolean confirm,
            @AuthenticationPrincipal FrontdeskUser admin,
            RedirectAttributes redirect) {
        if (!confirm) {
            Flash.error(redirect, "privacy.retention.confirm.missing");
            return "redirect:/admin/retention";
        }
        try {
            RetentionRun run = retention.run(admin.getUsername());
            Flash.success(redirect, "privacy.retention.done", run.tickets());
            return "redirect:/admin/retention?run=" + run.id() + "#result";
        } catch (RetentionBusyException e) {
            Flash.error(redirect, e.messageKey());
            return "redirect:/admin/retention";
        }
    }
}

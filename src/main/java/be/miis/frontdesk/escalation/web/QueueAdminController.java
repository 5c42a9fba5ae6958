package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.InvalidEscalationException;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueChange;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The backoffice queues for admins: names in Dutch, French, German and English, the guarantee in working days (re-applied to the
 * queue's open escalations when it changes), open or closed, the lead and the member experts.
 */
@Controller
class QueueAdminController {

    private final QueueAdministration queueAdmin;

    QueueAdminController(QueueAdministration queueAdmin) {
        this.queueAdmin = queueAdmin;
    }

    @GetMapping("/admin/queues")
    String listQueues(Model model) {
        model.addAttribute("queues", queueAdmin.findQueues());
        model.addAttribute("names", EscalationWorkController.names(queueAdmin.experts()));
        return "escalation/queues-admin";
    }

    @GetMapping("/admin/queues/{id}")
    String editQueue(@PathVariable long id, Model model) {
        QueueSummary queue =
                queueAdmin.findQueue(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(
                queue,
                queue.nameNl(),
                queue.nameFr(),
                queue.nameDe(),
                queue.nameEn(),
                queue.slaWorkingDays(),
                queue.active(),
                queue.leadUsername(),
                queue.members(),
                null,
                model);
    }

    @PostMapping("/admin/queues/{id}")
    String saveQueue(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String nameNl,
            @RequestParam(defaultValue = "") String nameFr,
            @RequestParam(defaultValue = "") String nameDe,
            @RequestParam(defaultValue = "") String nameEn,
            @RequestParam(defaultValue = "0") int slaWorkingDays,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "") String leadUsername,
            @RequestParam(required = false) @Nullable List<String> members,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        QueueSummary queue =
                queueAdmin.findQueue(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String lead = leadUsername.isBlank() ? null : leadUsername;
        Set<String> chosen = members == null ? Set.of() : Set.copyOf(members);
        String error;
        try {
            queueAdmin.changeQueue(
                    id, version, new QueueChange(nameNl, nameFr, nameDe, nameEn, slaWorkingDays, active, lead, chosen));
            Flash.success(
                    redirect,
                    "queue.admin.saved",
                    queueAdmin.findQueue(id).map(q -> q.name(locale)).orElse(nameNl.strip()));
            return "redirect:/admin/queues";
        } catch (InvalidEscalationException e) {
            error = e.messageKey();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ObjectOptimisticLockingFailureException e) {
            error = "queue.admin.conflict";
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return form(queue, nameNl, nameFr, nameDe, nameEn, slaWorkingDays, active, lead, chosen, error, model);
    }

    private String form(
            QueueSummary queue,
            String nameNl,
            String nameFr,
            String nameDe,
            String nameEn,
            int slaWorkingDays,
            boolean active,
            @Nullable String lead,
            Set<String> members,
            @Nullable String error,
            Model model) {
        model.addAttribute("queue", queue);
        model.addAttribute("typedNames", Map.of("nl", nameNl, "fr", nameFr, "de", nameDe, "en", nameEn));
        model.addAttribute("slaWorkingDays", slaWorkingDays);
        model.addAttribute("active", active);
        model.addAttribute("lead", lead);
        model.addAttribute("members", members);
        model.addAttribute("error", error);
        model.addAttribute("experts", queueAdmin.experts());
        return "escalation/queue-admin";
    }
}

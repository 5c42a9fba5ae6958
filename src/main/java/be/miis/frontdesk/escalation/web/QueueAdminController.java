package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.InvalidEscalationException;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
        QueueSummary queue = queue(id);
        model.addAttribute("queueForm", QueueForm.of(queue));
        return form(queue, model);
    }

    @PostMapping("/admin/queues/{id}")
    String saveQueue(
            @PathVariable long id,
            @ModelAttribute("queueForm") QueueForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        QueueSummary queue = queue(id);
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (!result.hasErrors()) {
            try {
                queueAdmin.changeQueue(id, form.getVersion(), form.toChange());
                Flash.success(
                        redirect,
                        "queue.admin.saved",
                        queueAdmin
                                .findQueue(id)
                                .map(q -> q.name(locale))
                                .orElse(form.getNameNl().strip()));
                return "redirect:/admin/queues";
            } catch (InvalidEscalationException e) {
                result.reject(e.messageKey());
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("queue.admin.conflict");
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        // Shown again as typed, on the queue's version now: saving again is a deliberate act on the current state.
        form.setVersion(queue.version());
        return form(queue, model);
    }

    private QueueSummary queue(long id) {
        return queueAdmin.findQueue(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(QueueSummary queue, Model model) {
        model.addAttribute("queue", queue);
        model.addAttribute("experts", queueAdmin.experts());
        return "escalation/queue-admin";
    }
}

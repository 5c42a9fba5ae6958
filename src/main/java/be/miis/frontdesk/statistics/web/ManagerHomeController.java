package be.miis.frontdesk.statistics.web;

import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.statistics.DashboardService;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The manager's home: the live dashboard (polled by htmx), the queues, the way to the monthly statistics. */
@Controller
class ManagerHomeController {

    private final QueueAdministration queueAdmin;
    private final DashboardService dashboards;
    private final DomainCatalogue domains;

    ManagerHomeController(QueueAdministration queueAdmin, DashboardService dashboards, DomainCatalogue domains) {
        this.queueAdmin = queueAdmin;
        this.dashboards = dashboards;
        this.domains = domains;
    }

    @GetMapping("/manager")
    String showManagerHome(Locale locale, Model model) {
        model.addAttribute("queues", queueAdmin.findQueues());
        dashboard(locale, model);
        return "statistics/home";
    }

    /** The dashboard alone, for its refresh every minute without reloading the page. */
    @GetMapping("/manager/dashboard")
    String showDashboard(Locale locale, Model model) {
        dashboard(locale, model);
        return "statistics/home :: dashboard";
    }

    private void dashboard(Locale locale, Model model) {
        model.addAttribute("dashboard", dashboards.dashboard());
        Map<String, String> names =
                domains.findAll().stream().collect(Collectors.toMap(DomainView::code, d -> d.name(locale)));
        model.addAttribute("domainNames", names);
    }
}

package be.miis.frontdesk.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String showAdminHome() {
        return "identity/admin-home";
    }
}

package be.miis.frontdesk.privacy.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.privacy.PersonalData;
import be.miis.frontdesk.privacy.PersonalDataService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Everything stored about a contact person, for administrators, as JSON (docs/privacy.md, "Export"). */
@RestController
@Tag(name = "Privacy")
class PersonalDataApiController {

    private final PersonalDataService personalData;

    PersonalDataApiController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/api/v1/contacts/{id}/personal-data")
    @Operation(
            summary = "Everything stored about a contact person: the contact, each ticket with its timeline, mails,"
                    + " attachments (described), letters, portal question or call-back, rating and complaint."
                    + " Administrators only; on the audit trail")
    PersonalData personalData(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin) {
        return personalData.export(id, "api", admin.getUsername());
    }
}

package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.NotFoundException;

public class OrganisationNotFoundException extends NotFoundException {

    private OrganisationNotFoundException(String message) {
        super(message);
    }

    public static OrganisationNotFoundException forId(long id) {
        return new OrganisationNotFoundException("No organisation with id " + id);
    }
}

package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.NotFoundException;

class OrganisationNotFoundException extends NotFoundException {

    private OrganisationNotFoundException(String message) {
        super(message);
    }

    static OrganisationNotFoundException forId(long id) {
        return new OrganisationNotFoundException("No organisation with id " + id);
    }
}

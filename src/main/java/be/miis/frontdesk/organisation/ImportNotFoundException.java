package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.NotFoundException;

class ImportNotFoundException extends NotFoundException {

    private ImportNotFoundException(String message) {
        super(message);
    }

    public static ImportNotFoundException forId(long id) {
        return new ImportNotFoundException("No import with id " + id);
    }
}

package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.NotFoundException;

public class UserNotFoundException extends NotFoundException {

    private UserNotFoundException(String message) {
        super(message);
    }

    public static UserNotFoundException forId(Long id) {
        return new UserNotFoundException("No user with id " + id);
    }

    public static UserNotFoundException forUsername(String username) {
        return new UserNotFoundException("No user " + username);
    }
}

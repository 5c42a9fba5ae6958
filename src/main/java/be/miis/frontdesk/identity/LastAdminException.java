package be.miis.frontdesk.identity;

/** Refuses a change that would leave nobody able to administer the application. */
public class LastAdminException extends RuntimeException {

    public LastAdminException() {
        super("The last enabled administrator cannot lose the ADMIN role or be disabled");
    }
}

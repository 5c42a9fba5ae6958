package be.miis.frontdesk.identity;

/**
 * What a user may do. A user can hold several roles; the first one in declaration order decides the home
 * page, because a frontdesk agent who is also an admin spends the day on the phone, not in the settings.
 */
public enum Role {
    AGENT("/frontdesk"),
    EXPERT("/backoffice"),
    MANAGER("/manager"),
    ADMIN("/admin");

    private final String homePath;

    Role(String homePath) {
        this.homePath = homePath;
    }

    public String homePath() {
        return homePath;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

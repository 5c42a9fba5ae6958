package be.miis.frontdesk.statistics;

/** What the rows of the monthly overview count by. */
public enum Breakdown {
    CHANNEL("channel"),
    DOMAIN("domain_code"),
    LANGUAGE("language"),
    REGION("region"),
    PROVINCE("province"),
    /** The organisations that asked most in the period; counted by channel and region only. */
    ORGANISATION("organisation_id");

    private final String column;

    Breakdown(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}

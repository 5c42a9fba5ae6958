package be.miis.frontdesk.shared;

import java.time.ZoneId;

/** The contact centre's time zone: months, opening hours and displayed times are Brussels time. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private BusinessTime() {}
}

package be.miis.frontdesk.escalation;

import java.time.LocalDate;

/** A day the contact centre is closed, with its name in Dutch and French; {@code publicHoliday} when by law. */
public record ClosureDay(LocalDate date, String nameNl, String nameFr, boolean publicHoliday) {}

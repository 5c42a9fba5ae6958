package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The two deadlines of a complaint (docs/complaints.md, "Deadlines"), both counted from the day it was received in
 * Brussels and both ending at the end of a working day: the acknowledgement by the end of the
 * {@code acknowledgementWorkingDays}-th working day after that day, the reasoned answer by the end of the day
 * {@code investigationDays} calendar days later, moved to the next working day when that day is closed (weekend or
 * closure day of the business calendar). Whole days, because they are promised to a citizen as dates.
 */
final class ComplaintDeadlines {

    /** Far beyond any calendar's longest closure; only stops a calendar without working days from looping. */
    private static final int MAX_DAYS = 3_660;

    private final Predicate<LocalDate> workingDay;
    private final int acknowledgementWorkingDays;
    private final int investigationDays;

    ComplaintDeadlines(Predicate<LocalDate> workingDay, int acknowledgementWorkingDays, int investigationDays) {
        if (acknowledgementWorkingDays < 1 || investigationDays < 1) {
            throw new IllegalArgumentException("complaint periods must be at least one day");
        }
        this.workingDay = workingDay;
        this.acknowledgementWorkingDays = acknowledgementWorkingDays;
        this.investigationDays = investigationDays;
    }

    Instant acknowledgementDue(Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, BusinessTime.ZONE);
        int counted = 0;
        for (int i = 0; i < MAX_DAYS && counted < acknowledgementWorkingDays; i++) {
            day = day.plusDays(1);
            if (workingDay.test(day)) {
                counted++;
            }
        }
        return endOf(day);
    }

    Instant answerDue(Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, BusinessTime.ZONE).plusDays(investigationDays);
        for (int i = 0; i < MAX_DAYS && !workingDay.test(day); i++) {
            day = day.plusDays(1);
        }
        return endOf(day);
    }

    /** The last day a deadline still allows, as people are told it. */
    static LocalDate lastDay(Instant due) {
        return LocalDate.ofInstant(due.minusNanos(1), BusinessTime.ZONE);
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }
}

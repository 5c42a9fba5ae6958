package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The SLA badge's working time, split and read in each language from the application's own messages. */
class WorkingTimeTests {

    private static final Duration DAY = Duration.ofHours(8);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void readsHoursAndMinutesBelowOneOpeningDay() {
        assertThat(WorkingTime.of(Duration.ofMinutes(6 * 60 + 15), DAY)).isEqualTo(new WorkingTime(0, 6, 15));
        assertThat(read(Duration.ofMinutes(6 * 60 + 15), Locale.ENGLISH)).isEqualTo("6 working hours 15 min");
        assertThat(read(Duration.ofMinutes(6 * 60 + 15), Locale.FRENCH)).isEqualTo("6 h 15 min ouvrables");
        assertThat(read(Duration.ofMinutes(6 * 60 + 15), DUTCH)).isEqualTo("6 werkuur 15 min");
    }

    @Test
    void tellsEightHoursFromTwelveHoursFortyFive() {
        assertThat(read(Duration.ofHours(8), Locale.ENGLISH)).isEqualTo("1 working day");
        assertThat(read(Duration.ofMinutes(12 * 60 + 45), Locale.ENGLISH)).isEqualTo("1 working day 4 h");
        assertThat(read(Duration.ofMinutes(12 * 60 + 45), DUTCH)).isEqualTo("1 werkdag 4 u");
        assertThat(read(Duration.ofHours(16), Locale.FRENCH)).isEqualTo("2 jours ouvrables");
    }

    @Test
    void leavesOutZeroMinutesAndReadsMinutesAlone() {
        assertThat(read(Duration.ofHours(3), Locale.ENGLISH)).isEqualTo("3 working hours");
        assertThat(read(Duration.ofMinutes(45), Locale.ENGLISH)).isEqualTo("45 working minutes");
        assertThat(read(Duration.ofMinutes(45), DUTCH)).isEqualTo("45 werkminuten");
    }

    @Test
    void roundsDownToTheMinuteAndCountsNothingBelowZero() {
        assertThat(WorkingTime.of(Duration.ofSeconds(59), DAY).isZero()).isTrue();
        assertThat(WorkingTime.of(Duration.ofMinutes(-30), DAY)).isEqualTo(WorkingTime.ZERO);
        assertThat(WorkingTime.of(Duration.ofMinutes(7 * 60 + 59).plusSeconds(59), DAY))
                .isEqualTo(new WorkingTime(0, 7, 59));
    }

    @Test
    void badgeSentencesWrapTheTime() {
        String time = read(Duration.ofMinutes(150), Locale.ENGLISH);
        assertThat(messages.getMessage("sla.badge.ON_TIME", new Object[] {time}, Locale.ENGLISH))
                .isEqualTo("Due in 2 working hours 30 min");
        assertThat(messages.getMessage("sla.badge.overdueBy", new Object[] {time}, Locale.ENGLISH))
                .isEqualTo("Overdue by 2 working hours 30 min");
        assertThat(messages.getMessage(
                        "sla.badge.overdueBy",
                        new Object[] {read(Duration.ofMinutes(150), Locale.FRENCH)},
                        Locale.FRENCH))
                .isEqualTo("En retard de 2 h 30 min ouvrables");
    }

    private String read(Duration time, Locale locale) {
        WorkingTime working = WorkingTime.of(time, DAY);
        return messages.getMessage(working.messageKey(), working.messageArguments(), locale);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

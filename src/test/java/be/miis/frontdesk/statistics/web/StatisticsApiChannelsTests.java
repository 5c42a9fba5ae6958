package be.miis.frontdesk.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.ticket.Channel;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The monthly API has a column per channel (docs/statistics.md): a new {@link Channel} must get one. */
class StatisticsApiChannelsTests {

    @Test
    void theMonthlyFiguresHaveAColumnForEveryChannel() {
        assertThat(StatisticsApiController.COLUMNS)
                .containsAll(Arrays.stream(Channel.values())
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .toList());
    }
}

package be.miis.frontdesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkingTimeHistogramTests {

    @Test
    void readsPercentilesAsTheUpperBoundOfTheBucketThatHoldsTheRank() {
        WorkingTimeHistogram histogram = new WorkingTimeHistogram();
        // Ten answers: four within the first quarter of an hour, five between 8:00 and 8:15, one after 40 hours.
        histogram.add(0, 4);
        histogram.add(32, 3);
        histogram.add(32, 2);
        histogram.add(160, 1);

        assertThat(histogram.total()).isEqualTo(10);
        // The 5th of 10 answers is the first in the 8:00 bucket.
        assertThat(histogram.percentileMinutes(0.5)).isEqualTo(8 * 60 + 15);
        assertThat(histogram.percentileMinutes(0.4)).isEqualTo(15);
        assertThat(histogram.percentileMinutes(0.9)).isEqualTo(8 * 60 + 15);
        assertThat(histogram.percentileMinutes(0.91)).isEqualTo(40 * 60 + 15);
    }

    @Test
    void hasNoPercentileWithoutAnswers() {
        assertThat(new WorkingTimeHistogram().percentileMinutes(0.5)).isNull();
    }
}

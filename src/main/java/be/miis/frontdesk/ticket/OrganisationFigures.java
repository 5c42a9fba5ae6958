package be.miis.frontdesk.ticket;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Questions of one organisation since a date, by domain (rows) and channel (columns); every total is the sum of
 * its cells, as in the monthly statistics.
 */
public record OrganisationFigures(LocalDate since, List<Row> rows) {

    public OrganisationFigures {
        rows = List.copyOf(rows);
    }

    public record Row(String domainCode, Map<Channel, Integer> counts) {

        public Row {
            counts = Map.copyOf(counts);
        }

        public int count(Channel channel) {
            return counts.getOrDefault(channel, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public int total(Channel channel) {
        return rows.stream().mapToInt(row -> row.count(channel)).sum();
    }

    public int total() {
        return rows.stream().mapToInt(Row::total).sum();
    }

    static Map<Channel, Integer> emptyCounts() {
        return new EnumMap<>(Channel.class);
    }
}

package be.miis.frontdesk.statistics.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A filter of the statistics form: its parameter, label and choices (value, and label in the reader's language). */
public record FilterField(
        String name, String labelKey, @Nullable String selected, List<Option> options) {

    public record Option(String value, String label) {}
}

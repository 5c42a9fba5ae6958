package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One field an import changes in a record that already exists: the line of the file, the record (a NIS code, a
 * contact's e-mail or name), the column as the file's header names it, and the value before and after.
 */
public record ImportChange(
        int line,
        String record,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {

    /**
     * The fields that differ between two versions of the same record (OrganisationData, ContactData), in the order
     * the record declares them; {@code column} names a record component as the file's header does.
     */
    static <R extends Record> List<ImportChange> between(
            int line, String record, R before, R after, Function<String, String> column) {
        List<ImportChange> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            String old = text(value(component, before));
            String now = text(value(component, after));
            if (!Objects.equals(old, now)) {
                changes.add(new ImportChange(line, record, column.apply(component.getName()), old, now));
            }
        }
        return changes;
    }

    private static @Nullable Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value as the file writes it: lists joined by '|', languages as their code, nothing as null. */
    static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty()
                    ? null
                    : values.stream().map(ImportChange::text).collect(Collectors.joining("|"));
        }
        if (value instanceof ContentLanguage language) {
            return language.code();
        }
        return value.toString();
    }
}

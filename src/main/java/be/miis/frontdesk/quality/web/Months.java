package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.quality.InvalidMonthException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** A month typed into a URL ("2026-11"); blank is the fallback, anything else malformed a 400. */
final class Months {

    private Months() {}

    static YearMonth parse(@Nullable String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new InvalidMonthException();
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidMonthException();
        }
    }

    /**
     * The month asked for (blank: the current one) put on the page with its neighbours for the month navigation; no
     * "next" beyond the current month, which has nothing yet.
     */
    static YearMonth show(@Nullable String value, YearMonth current, Model model) {
        YearMonth shown = parse(value, current);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.isBefore(current) ? shown.plusMonths(1) : null);
        return shown;
    }
}

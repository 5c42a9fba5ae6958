package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.InvalidInputException;

/** A month that is not one ("2026-13", "soon"): 400 with its message, on pages and on the API. */
public class InvalidMonthException extends InvalidInputException {

    public InvalidMonthException() {
        super("month", "quality.month.invalid");
    }
}

package be.miis.frontdesk.selfservice;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as visitors type them ("02 508 85 85", "0475/12.34.56", "+33 1 23 45 67 89", "0031 20 …"): kept as
 * E.164 ("+3225088585", what a tel: link dials) and shown the Belgian way ("+32 2 508 85 85"). A Belgian number has
 * 8 digits after the country code (9 for a mobile, which starts with 4); another country's, 6 to 14 (E.164 allows
 * 15 digits in all). No library: the portal only needs to tell a callable number from a typo.
 */
public final class PhoneNumbers {

    /** What a visitor may type between the digits. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s./()\\-]");

    private static final Pattern BELGIAN = Pattern.compile("\\+32(4[5-9]\\d{7}|[1-9]\\d{7})");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{7,14}");

    private PhoneNumbers() {}

    /** The number as E.164, or empty when it is not a number one could call. */
    public static Optional<String> normalise(String typed) {
        String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (digits.length() > 20) {
            return Optional.empty();
        }
        String e164;
        if (digits.startsWith("+")) {
            e164 = digits;
        } else if (digits.startsWith("00")) {
            e164 = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            e164 = "+32" + digits.substring(1);
        } else {
            return Optional.empty();
        }
        if (e164.startsWith("+32")) {
            return BELGIAN.matcher(e164).matches() ? Optional.of(e164) : Optional.empty();
        }
        return INTERNATIONAL.matcher(e164).matches() ? Optional.of(e164) : Optional.empty();
    }

    /**
     * An E.164 number for reading: Belgian ones grouped as the country writes them (mobile "+32 475 12 34 56",
     * Brussels, Antwerp, Liège and Ghent "+32 2 508 85 85", other zones "+32 50 12 34 56"); others as stored.
     */
    public static String display(String e164) {
        if (!e164.startsWith("+32")) {
            return e164;
        }
        String n = e164.substring(3);
        if (n.length() == 9) {
            return "+32 " + n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5, 7) + " "
                    + n.substring(7);
        }
        if (n.length() == 8 && "2349".indexOf(n.charAt(0)) >= 0) {
            return "+32 " + n.charAt(0) + " " + n.substring(1, 4) + " " + n.substring(4, 6) + " " + n.substring(6);
        }
        if (n.length() == 8) {
            return "+32 " + n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " "
                    + n.substring(6);
        }
        return e164;
    }
}

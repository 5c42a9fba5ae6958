package be.miis.frontdesk.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A domain of the contact centre (RMI, social assistance, heating fund, …): the category of a question and of
 * an FAQ article, and the default backoffice queue. Every module refers to it by its code.
 */
@Entity
@Table(name = "business_domain")
class BusinessDomain {

    @Id
    private String code = "";

    private String nameNl = "";
    private String nameFr = "";
    private String nameDe = "";
    private String nameEn = "";
    private int sortOrder;
    private boolean active;

    protected BusinessDomain() {}

    DomainView toView() {
        return new DomainView(code, nameNl, nameFr, nameDe, nameEn, sortOrder, active);
    }

    /** A domain as every module sees it. */
    public record DomainView(
            String code, String nameNl, String nameFr, String nameDe, String nameEn, int sortOrder, boolean active) {

        public String name(Locale locale) {
            return switch (locale.getLanguage()) {
                case "fr" -> nameFr;
                case "de" -> nameDe;
                case "en" -> nameEn;
                default -> nameNl;
            };
        }
    }
}

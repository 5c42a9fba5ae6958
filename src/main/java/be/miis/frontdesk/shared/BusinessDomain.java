package be.miis.frontdesk.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
}

package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.SearchText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An OCMW / CPAS / ÖSHZ: the public social welfare centre of one municipality, keyed by its NIS code. */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String nisCode = "";
    private String nameNl = "";
    private String nameFr = "";
    private @Nullable String nameDe;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> postcodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Region region = Region.BRUSSELS;

    private @Nullable String province;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> languages = new ArrayList<>();

    private @Nullable String street;
    private @Nullable String phone;
    private @Nullable String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> emailDomains = new ArrayList<>();

    private boolean active = true;
    private String searchText = "";
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private int version;

    protected Organisation() {}

    Organisation(OrganisationData data, Instant now) {
        this.createdAt = now;
        apply(data, now);
    }

    /** Takes over every field of the data; the NIS code identifies the organisation and never changes. */
    void apply(OrganisationData data, Instant now) {
        if (id != null && !nisCode.equals(data.nisCode())) {
            throw new IllegalArgumentException("The NIS code of an organisation cannot change");
        }
        this.nisCode = data.nisCode();
        this.nameNl = data.nameNl();
        this.nameFr = data.nameFr();
        this.nameDe = data.nameDe();
        this.postcodes = new ArrayList<>(data.postcodes());
        this.region = data.region();
        this.province = data.province();
        this.languages = new ArrayList<>(
                data.languages().stream().map(ContentLanguage::code).toList());
        this.street = data.street();
        this.phone = data.phone();
        this.email = data.email();
        this.emailDomains = new ArrayList<>(data.emailDomains());
        this.active = data.active();
        this.updatedAt = now;
    }

    /** True when the data would change something, so an import of an unchanged line writes nothing. */
    boolean differsFrom(OrganisationData data) {
        return !toData().equals(data);
    }

    OrganisationData toData() {
        return new OrganisationData(
                nisCode,
                nameNl,
                nameFr,
                nameDe,
                postcodes,
                region,
                province,
                languages.stream()
                        .map(code -> ContentLanguage.fromCode(code).orElseThrow())
                        .toList(),
                street,
                phone,
                email,
                emailDomains,
                active);
    }

    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        this.searchText = SearchText.join(
                nisCode,
                nameNl,
                nameFr,
                nameDe,
                String.join(" ", postcodes),
                SearchText.phoneDigits(phone),
                email,
                String.join(" ", emailDomains));
    }

    /** The names contacts are found by too ("jan gent" finds Jan of OCMW Gent). */
    String namesSearchText() {
        return SearchText.join(nameNl, nameFr, nameDe);
    }

    Long id() {
        return Objects.requireNonNull(id, "not yet saved");
    }

    String nisCode() {
        return nisCode;
    }

    String nameNl() {
        return nameNl;
    }

    String nameFr() {
        return nameFr;
    }

    @Nullable
    String nameDe() {
        return nameDe;
    }

    List<String> postcodes() {
        return List.copyOf(postcodes);
    }

    Region region() {
        return region;
    }

    @Nullable
    String province() {
        return province;
    }

    List<String> languages() {
        return List.copyOf(languages);
    }

    @Nullable
    String street() {
        return street;
    }

    @Nullable
    String phone() {
        return phone;
    }

    @Nullable
    String email() {
        return email;
    }

    List<String> emailDomains() {
        return List.copyOf(emailDomains);
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }
}

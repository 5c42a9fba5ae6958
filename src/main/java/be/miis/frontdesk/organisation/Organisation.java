package be.miis.frontdesk.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private int version;

    protected Organisation() {}

    Organisation(
            String nisCode,
            String nameNl,
            String nameFr,
            @Nullable String nameDe,
            List<String> postcodes,
            Region region,
            @Nullable String province,
            List<String> languages,
            Instant now) {
        this.nisCode = nisCode;
        this.nameNl = nameNl;
        this.nameFr = nameFr;
        this.nameDe = nameDe;
        this.postcodes = new ArrayList<>(postcodes);
        this.region = region;
        this.province = province;
        this.languages = new ArrayList<>(languages);
        this.createdAt = now;
        this.updatedAt = now;
    }
}

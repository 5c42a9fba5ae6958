package be.miis.frontdesk.escalation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "escalation_queue")
class EscalationQueue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code = "";
    private String nameNl = "";
    private String nameFr = "";

    /** The domain by code: domains belong to another module, so no JPA relation (STYLE.md rule 3). */
    private @Nullable String domainCode;

    private int slaWorkingDays;
    private boolean active;

    @Version
    private int version;

    protected EscalationQueue() {}

    long id() {
        return Objects.requireNonNull(id);
    }

    String code() {
        return code;
    }

    @Nullable
    String domainCode() {
        return domainCode;
    }

    int slaWorkingDays() {
        return slaWorkingDays;
    }

    boolean active() {
        return active;
    }

    QueueSummary toSummary() {
        return new QueueSummary(id == null ? 0L : id, code, nameNl, nameFr, domainCode, slaWorkingDays, active);
    }
}

package be.miis.frontdesk.escalation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
    private String nameDe = "";
    private String nameEn = "";

    /** The domain by code: domains belong to another module, so no JPA relation (docs/architecture.md). */
    private @Nullable String domainCode;

    private int slaWorkingDays;
    private boolean active;

    /** The username of the queue's lead: warned about its tickets, sees the workload per expert. */
    private @Nullable String leadUsername;

    /** The experts who work the queue, by username (users belong to the identity module). */
    @ElementCollection
    @CollectionTable(name = "escalation_queue_member", joinColumns = @JoinColumn(name = "queue_id"))
    @Column(name = "username")
    private Set<String> members = new TreeSet<>();

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

    @Nullable
    String leadUsername() {
        return leadUsername;
    }

    Set<String> members() {
        return Set.copyOf(members);
    }

    int version() {
        return version;
    }

    /** An admin's change: names, guarantee, lead and members; the caller checks the users and the bounds. */
    void change(
            String nameNl,
            String nameFr,
            String nameDe,
            String nameEn,
            int slaWorkingDays,
            boolean active,
            @Nullable String leadUsername,
            Collection<String> members) {
        this.nameNl = nameNl;
        this.nameFr = nameFr;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.slaWorkingDays = slaWorkingDays;
        this.active = active;
        this.leadUsername = leadUsername;
        this.members.clear();
        this.members.addAll(members);
    }

    QueueSummary toSummary() {
        return new QueueSummary(
                id == null ? 0L : id,
                code,
                nameNl,
                nameFr,
                nameDe,
                nameEn,
                domainCode,
                slaWorkingDays,
                active,
                leadUsername,
                new TreeSet<>(members),
                version);
    }
}

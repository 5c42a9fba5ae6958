package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.QueueChange;
import be.miis.frontdesk.escalation.QueueSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The admin's queue form: names in four languages, the guarantee, open or closed, the lead and the members. */
class QueueForm {

    private int version;
    private String nameNl = "";
    private String nameFr = "";
    private String nameDe = "";
    private String nameEn = "";
    private int slaWorkingDays;
    private boolean active;
    private String leadUsername = "";
    private List<String> members = new ArrayList<>();

    static QueueForm of(QueueSummary queue) {
        QueueForm form = new QueueForm();
        form.version = queue.version();
        form.nameNl = queue.nameNl();
        form.nameFr = queue.nameFr();
        form.nameDe = queue.nameDe();
        form.nameEn = queue.nameEn();
        form.slaWorkingDays = queue.slaWorkingDays();
        form.active = queue.active();
        form.leadUsername = queue.leadUsername() == null ? "" : queue.leadUsername();
        form.members = new ArrayList<>(queue.members());
        return form;
    }

    QueueChange toChange() {
        return new QueueChange(
                nameNl,
                nameFr,
                nameDe,
                nameEn,
                slaWorkingDays,
                active,
                leadUsername.isBlank() ? null : leadUsername,
                Set.copyOf(members));
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(@Nullable String nameNl) {
        this.nameNl = nameNl == null ? "" : nameNl;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(@Nullable String nameFr) {
        this.nameFr = nameFr == null ? "" : nameFr;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(@Nullable String nameDe) {
        this.nameDe = nameDe == null ? "" : nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(@Nullable String nameEn) {
        this.nameEn = nameEn == null ? "" : nameEn;
    }

    public int getSlaWorkingDays() {
        return slaWorkingDays;
    }

    public void setSlaWorkingDays(int slaWorkingDays) {
        this.slaWorkingDays = slaWorkingDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getLeadUsername() {
        return leadUsername;
    }

    public void setLeadUsername(@Nullable String leadUsername) {
        this.leadUsername = leadUsername == null ? "" : leadUsername;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(@Nullable List<String> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }
}

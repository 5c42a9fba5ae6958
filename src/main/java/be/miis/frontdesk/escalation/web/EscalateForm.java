package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.EscalationRequest;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** The escalate form: queue, priority and the handover note, on the ticket version the page showed. */
class EscalateForm {

    private @Nullable Long queueId;
    private EscalationPriority priority = EscalationPriority.NORMAL;

    /** The handover note is what the backoffice starts from: required on this screen. */
    @NotBlank(message = "{escalation.note.required}")
    private String note = "";

    private int version;

    EscalationRequest toRequest() {
        return new EscalationRequest(queueId, priority, note);
    }

    public @Nullable Long getQueueId() {
        return queueId;
    }

    public void setQueueId(@Nullable Long queueId) {
        this.queueId = queueId;
    }

    public EscalationPriority getPriority() {
        return priority;
    }

    public void setPriority(@Nullable EscalationPriority priority) {
        this.priority = priority == null ? EscalationPriority.NORMAL : priority;
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note == null ? "" : note;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}

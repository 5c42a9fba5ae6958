package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.ticket.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A text added to a ticket: an answer, an internal note or a reply of the customer. */
class TicketTextForm {

    private int version;

    @NotBlank(message = "{ticket.text.required}")
    @Size(max = LogCallForm.TEXT_MAX, message = "{ticket.text.size}")
    private String text = "";

    @NotNull(message = "{ticket.channel.required}")
    private Channel channel = Channel.PHONE;

    /** On an answer: the published FAQ version it was based on, if the agent inserted one. */
    private @Nullable Long faqVersionId;

    public @Nullable Long getFaqVersionId() {
        return faqVersionId;
    }

    public void setFaqVersionId(@Nullable Long faqVersionId) {
        this.faqVersionId = faqVersionId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }
}

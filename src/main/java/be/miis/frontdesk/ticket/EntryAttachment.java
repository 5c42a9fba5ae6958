package be.miis.frontdesk.ticket;

import org.jspecify.annotations.Nullable;

/**
 * An attachment of a customer's mail on the timeline: kept, with the API address to download it ({@code href}), or
 * not kept ({@code notKept} says why, {@code href} is null).
 */
public record EntryAttachment(
        long id,
        String name,
        long size,
        String type,
        EntryAttachments.@Nullable NotKept notKept,
        @Nullable String href) {

    static EntryAttachment of(String reference, EntryAttachments.Attachment attachment) {
        return new EntryAttachment(
                attachment.id(),
                attachment.name(),
                attachment.size(),
                attachment.type(),
                attachment.notKept(),
                attachment.notKept() == null
                        ? "/api/v1/tickets/" + reference + "/attachments/" + attachment.id()
                        : null);
    }

    public boolean kept() {
        return notKept == null;
    }
}

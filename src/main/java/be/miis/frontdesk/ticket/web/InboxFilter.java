package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.TicketQuery;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The inbox's tab, filters, search words and sort order, as query parameters (bookmarkable). */
class InboxFilter {

    private TicketQuery.View view = TicketQuery.View.MINE;
    private @Nullable TicketStatus status;
    private @Nullable Channel channel;
    private @Nullable TicketType type;
    private @Nullable String domain;
    private @Nullable Long organisation;
    private @Nullable ContentLanguage language;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate to;

    private @Nullable String q;
    private TicketQuery.Sort sort = TicketQuery.Sort.NEWEST;

    TicketQuery toQuery(String username) {
        return toQuery(username, view, status);
    }

    /** The same search in another inbox view, without the status filter that would contradict it. */
    TicketQuery toQuery(String username, TicketQuery.View otherView) {
        return toQuery(username, otherView, otherView == view ? status : null);
    }

    private TicketQuery toQuery(String username, TicketQuery.View inView, @Nullable TicketStatus withStatus) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 120) {
            text = text.substring(0, 120);
        }
        return new TicketQuery(
                inView,
                username,
                withStatus,
                channel,
                type,
                domain,
                organisation,
                null,
                language,
                from,
                to,
                text,
                sort);
    }

    /**
     * The inbox in another view with the same search and filters (the status filter aside, which belongs to a
     * view): switching tabs keeps what was searched. See docs/keyboard-and-accessibility.md.
     */
    public String linkTo(TicketQuery.View otherView) {
        UriComponentsBuilder link =
                UriComponentsBuilder.fromPath("/frontdesk/inbox").queryParam("view", otherView);
        addParam(link, "q", q == null || q.isBlank() ? null : q.strip());
        addParam(link, "channel", channel);
        addParam(link, "type", type);
        addParam(link, "domain", domain);
        addParam(link, "organisation", organisation);
        addParam(link, "language", language == null ? null : language.name());
        addParam(link, "from", from);
        addParam(link, "to", to);
        if (sort != TicketQuery.Sort.NEWEST) {
            link.queryParam("sort", sort);
        }
        return link.encode().build().toUriString();
    }

    /** Whether the words or reference field holds something: then the other views' counts are shown. */
    public boolean hasText() {
        return q != null && !q.isBlank();
    }

    private static void addParam(UriComponentsBuilder link, String name, @Nullable Object value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }

    public TicketQuery.View getView() {
        return view;
    }

    public void setView(TicketQuery.View view) {
        this.view = view;
    }

    public @Nullable TicketStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable TicketStatus status) {
        this.status = status;
    }

    public @Nullable Channel getChannel() {
        return channel;
    }

    public void setChannel(@Nullable Channel channel) {
        this.channel = channel;
    }

    public @Nullable TicketType getType() {
        return type;
    }

    public void setType(@Nullable TicketType type) {
        this.type = type;
    }

    public @Nullable String getDomain() {
        return domain;
    }

    public void setDomain(@Nullable String domain) {
        this.domain = domain == null || domain.isBlank() ? null : domain;
    }

    public @Nullable Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable Long organisation) {
        this.organisation = organisation;
    }

    public @Nullable ContentLanguage getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable ContentLanguage language) {
        this.language = language;
    }

    public @Nullable LocalDate getFrom() {
        return from;
    }

    public void setFrom(@Nullable LocalDate from) {
        this.from = from;
    }

    public @Nullable LocalDate getTo() {
        return to;
    }

    public void setTo(@Nullable LocalDate to) {
        this.to = to;
    }

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public TicketQuery.Sort getSort() {
        return sort;
    }

    public void setSort(TicketQuery.Sort sort) {
        this.sort = sort;
    }
}

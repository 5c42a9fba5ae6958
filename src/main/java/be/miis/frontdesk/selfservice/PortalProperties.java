package be.miis.frontdesk.selfservice;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public portal's settings (docs/portal.md). {@code voteSecret} salts the visitor hash of the helpful votes and
 * signs the vote form; without one a random secret is drawn at start (a restart then lets a visitor vote again the
 * same day, which is harmless). The limits count per IP address in a sliding minute or hour; call-backs also per
 * phone number in a sliding day.
 */
@ConfigurationProperties("frontdesk.portal")
public record PortalProperties(
        @Nullable String voteSecret,
        @DefaultValue("60") int searchesPerMinute,
        @DefaultValue("20") int votesPerHour,
        @DefaultValue("30") int mostReadDays,
        @DefaultValue("PT5M") Duration mostReadRefresh,
        @DefaultValue("5") int callbacksPerHour,
        @DefaultValue("3") int callbacksPerNumberPerDay) {}

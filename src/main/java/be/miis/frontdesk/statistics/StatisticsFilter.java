package be.miis.frontdesk.statistics;

import org.jspecify.annotations.Nullable;

/**
 * The tickets a figure counts: all of them, or those of one domain, queue, channel, language or region. Values are
 * as stored: domain code, queue id, channel and region names, language code ({@code nl}).
 */
public record StatisticsFilter(
        @Nullable String domain,
        @Nullable Long queue,
        @Nullable String channel,
        @Nullable String language,
        @Nullable String region) {

    public static final StatisticsFilter NONE = new StatisticsFilter(null, null, null, null, null);

    /** Whether the filter narrows more than the organisation view can follow (it counts by channel and region). */
    public boolean narrowsBeyondChannelAndRegion() {
        return domain != null || queue != null || language != null;
    }
}

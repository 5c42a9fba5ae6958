package be.miis.frontdesk.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Per IP address (or phone number, or e-mail address), how many searches, votes, call-backs and questions the portal
 * still accepts: a sliding window in memory (searches per minute, votes per hour, call-backs per hour and per number
 * per day; the question form's limits through {@link #allow(String, int, Duration, String)}). In memory on purpose: a limit is there to keep a script from flooding the search or the
 * votes, it needs no history, and a restart forgiving everyone is harmless. One application instance is the
 * deployment (docs/architecture.md); several would each count their own share.
 */
@Component
public class RateLimits {

    /** Beyond this many addresses, the ones with no recent request are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    /** The longest window of any limit: an address without a request in it is forgotten when pruning. */
    private static final Duration LONGEST = Duration.ofDays(1);

    public enum Kind {
        SEARCH(Duration.ofMinutes(1)),
        VOTE(Duration.ofHours(1)),
        /** Call-back requests per IP address. */
        CALLBACK(Duration.ofHours(1)),
        /** Call-back requests per phone number (the key is the number), whatever the address. */
        CALLBACK_PHONE(Duration.ofDays(1));

        private final Duration window;

        Kind(Duration window) {
            this.window = window;
        }
    }

    private final Clock clock;
    private final PortalProperties properties;
    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

    RateLimits(Clock clock, PortalProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /** Counts the request and says whether it is within the limit (a refused one does not count). */
    public boolean allow(Kind kind, String address) {
        int limit =
                switch (kind) {
                    case SEARCH -> properties.searchesPerMinute();
                    case VOTE -> properties.votesPerHour();
                    case CALLBACK -> properties.callbacksPerHour();
                    case CALLBACK_PHONE -> properties.callbacksPerNumberPerDay();
                };
        return allow(kind.name(), limit, kind.window, address);
    }

    /**
     * The same for a limit of another form ({@code name}): at most {@code limit} in a sliding {@code window} per
     * {@code who} (an address, or an e-mail address). Windows up to a day.
     */
    public boolean allow(String name, int limit, Duration window, String who) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        if (requests.size() > PRUNE_ABOVE) {
            requests.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(now.minus(LONGEST));
                }
            });
        }
        Deque<Instant> times = requests.computeIfAbsent(name + " " + who, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Forgets every count (tests that reach a limit on purpose). */
    public void forget() {
        requests.clear();
    }
}

package be.miis.frontdesk.escalation;

import java.time.Instant;

/** A stretch during which the SLA clock stood still (the ticket waited for the customer). */
record Pause(Instant from, Instant to) {}

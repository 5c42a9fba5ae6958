/**
 * Tickets (questions and complaints), their conversation and lifecycle, and the frontdesk console.
 */
@ApplicationModule(allowedDependencies = {"organisation", "knowledge", "identity", "shared"})
@NullMarked
package be.miis.frontdesk.ticket;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

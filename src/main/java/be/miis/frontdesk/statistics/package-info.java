/**
 * Monthly figures, dashboards and exports for managers, read from a roll-up that database triggers and a refresh job
 * keep equal to the tickets.
 */
@ApplicationModule(allowedDependencies = {"ticket", "escalation", "organisation", "identity", "shared"})
@NullMarked
package be.miis.frontdesk.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Monthly figures, dashboards and exports for managers, over a roll-up fed by events.
 */
@ApplicationModule(allowedDependencies = {"ticket", "escalation", "organisation", "identity", "shared"})
@NullMarked
package be.miis.frontdesk.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

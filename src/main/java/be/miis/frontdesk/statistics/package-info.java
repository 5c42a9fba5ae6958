/**
 * Monthly figures, dashboards and exports for managers, read from a roll-up that a refresh job keeps equal to the
 * tickets. Tickets and escalations are read only through the views their modules publish for counting
 * ({@code ticket_fact}, {@code escalation_fact}) and recounted in the months their triggers record (docs/statistics.md).
 * The public portal's figures come from the portal module's own roll-up ({@code selfservice.PortalFigures}).
 */
@ApplicationModule(
        allowedDependencies = {"ticket", "escalation", "organisation", "identity", "selfservice", "quality", "shared"})
@NullMarked
package be.miis.frontdesk.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

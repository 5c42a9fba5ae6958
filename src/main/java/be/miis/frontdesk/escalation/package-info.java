/**
 * Backoffice queues, escalations of tickets to them, the business calendar and the two-working-day
 * guarantee: SLA deadlines, warnings and compliance.
 */
@ApplicationModule(allowedDependencies = {"ticket", "identity", "shared"})
@NullMarked
package be.miis.frontdesk.escalation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

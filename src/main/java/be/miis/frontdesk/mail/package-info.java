/**
 * Inbound mail to tickets, outbound answers and notifications.
 */
@ApplicationModule(
        allowedDependencies = {"ticket", "escalation", "organisation", "selfservice", "quality", "identity", "shared"})
@NullMarked
package be.miis.frontdesk.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

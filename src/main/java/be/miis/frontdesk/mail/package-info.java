/**
 * Inbound mail to tickets, outbound answers and notifications.
 */
@ApplicationModule(allowedDependencies = {"ticket", "escalation", "organisation", "identity", "selfservice", "shared"})
@NullMarked
package be.miis.frontdesk.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The public web self service: FAQ portal and question form.
 */
@ApplicationModule(allowedDependencies = {"ticket", "knowledge", "organisation", "escalation", "identity", "shared"})
@NullMarked
package be.miis.frontdesk.selfservice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

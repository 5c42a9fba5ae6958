/**
 * The public web self service: FAQ portal and question form, and "call me back" — the request on the portal and the
 * frontdesk's list of call-backs to make (docs/portal.md). It reads the business calendar's slots from the escalation
 * module ({@code OpeningSlots}) and opens the PHONE ticket of a call-back that reached its caller.
 */
@ApplicationModule(allowedDependencies = {"ticket", "knowledge", "organisation", "escalation", "identity", "shared"})
@NullMarked
package be.miis.frontdesk.selfservice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * User accounts and their roles, login (form, HTTP Basic and personal API tokens), the security
 * configuration of every area, login throttling and the audit trail of who did or saw what.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package be.miis.frontdesk.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

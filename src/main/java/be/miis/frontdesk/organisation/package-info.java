/**
 * OCMWs/CPAS/ÖSHZ, the customers of the contact centre, with their contact persons; search and CSV import.
 */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
@NullMarked
package be.miis.frontdesk.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

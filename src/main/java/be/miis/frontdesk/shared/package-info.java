/**
 * Tiny value types, the clock, error pages and web layout support used by every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package be.miis.frontdesk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The FAQ knowledge base: multilingual articles, review, versions and full-text search.
 */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
@NullMarked
package be.miis.frontdesk.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

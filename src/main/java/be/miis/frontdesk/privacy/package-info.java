/**
 * The personal data kept no longer than needed, and the rights of the people in it (docs/privacy.md): the nightly
 * retention run, its dry run and log, and a contact person's export and erasure. It owns no personal data itself:
 * each module anonymises or removes its own rows through a small public operation, and this module orchestrates
 * them, one batch per transaction.
 */
@ApplicationModule(
        allowedDependencies = {"ticket", "organisation", "mail", "identity", "selfservice", "quality", "shared"})
@NullMarked
package be.miis.frontdesk.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

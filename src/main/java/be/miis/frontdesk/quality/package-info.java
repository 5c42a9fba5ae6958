/**
 * Quality of the contact centre's service (issue #18): the complaints procedure, the reviews of answers (the mystery
 * caller made continuous) and the customers' satisfaction with their answers. It reads tickets, queues, the business
 * calendar and FAQ versions; the mail module sends its letters and links, the statistics show its figures — never the
 * other way round.
 */
@ApplicationModule(
        allowedDependencies = {"ticket", "escalation", "organisation", "knowledge", "identity", "selfservice", "shared"
        })
@NullMarked
package be.miis.frontdesk.quality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

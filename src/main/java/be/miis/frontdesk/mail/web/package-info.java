/** The administrators' API of the mail module: the outbox. */
@NullMarked
package be.miis.frontdesk.mail.web;

import org.jspecify.annotations.NullMarked;

/** The public portal's pages: no login, no session, its own layout and message bundle (docs/portal.md). */
@NullMarked
package be.miis.frontdesk.selfservice.web;

import org.jspecify.annotations.NullMarked;

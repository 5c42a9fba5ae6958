/** The quality module's pages and API. */
@NullMarked
package be.miis.frontdesk.quality.web;

import org.jspecify.annotations.NullMarked;

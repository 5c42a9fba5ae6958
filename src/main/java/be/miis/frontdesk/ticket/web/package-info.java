@NullMarked
package be.miis.frontdesk.ticket.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package be.miis.frontdesk.escalation.web;

import org.jspecify.annotations.NullMarked;

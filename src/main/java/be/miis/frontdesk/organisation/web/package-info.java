@NullMarked
package be.miis.frontdesk.organisation.web;

import org.jspecify.annotations.NullMarked;

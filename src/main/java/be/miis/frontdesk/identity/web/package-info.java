@NullMarked
package be.miis.frontdesk.identity.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package be.miis.frontdesk.privacy.web;

import org.jspecify.annotations.NullMarked;

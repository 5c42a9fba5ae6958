@NullMarked
package be.miis.frontdesk.quality.web;

import org.jspecify.annotations.NullMarked;

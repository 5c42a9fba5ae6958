@NullMarked
package be.miis.frontdesk.statistics.web;

import org.jspecify.annotations.NullMarked;

@NullMarked
package be.miis.frontdesk.knowledge.web;

import org.jspecify.annotations.NullMarked;

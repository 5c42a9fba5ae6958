@NullMarked
package be.miis.frontdesk.shared.database;

import org.jspecify.annotations.NullMarked;

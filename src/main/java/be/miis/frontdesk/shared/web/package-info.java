/** Web support shared by every module's pages: locale, layout model, error mapping. */
@NullMarked
package be.miis.frontdesk.shared.web;

import org.jspecify.annotations.NullMarked;

/**
 * The frontdesk's side of "Call me back": the agents' list of due call-backs and the page of one, where the agent
 * takes it, calls and logs the outcome (docs/portal.md, "Call me back"). Back-office pages, with its layout.
 */
@NullMarked
package be.miis.frontdesk.selfservice.desk.web;

import org.jspecify.annotations.NullMarked;

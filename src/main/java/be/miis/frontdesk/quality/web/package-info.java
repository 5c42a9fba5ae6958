/**
 * The quality module's pages and API: the complaint handlers' cases, the annual complaints report and the
 * complaints API (docs/complaints.md); the rating page of an answer mail's link and the follow-ups of low ratings
 * (docs/satisfaction.md); answer reviews and mystery calls (docs/reviews.md): the reviewer's month and scoring form,
 * the managers' figures and mystery calls (under /manager), the agents' own reviews with their reply (under
 * /frontdesk), and the reviews API with its CSV.
 */
@NullMarked
package be.miis.frontdesk.quality.web;

import org.jspecify.annotations.NullMarked;

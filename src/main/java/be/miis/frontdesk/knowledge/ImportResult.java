package be.miis.frontdesk.knowledge;

/** What an import wrote: articles created, and how many of them were published (as version 1). */
public record ImportResult(int created, int published) {}

/**
 * The public site: Faces views anyone may read, with their backing beans, and the cached bytes they are
 * served from. What they show comes from the read-what-is-published use case, rendered here to HTML.
 */
package dev.roadmap.web.site;

/** The public site: Faces views anyone may read, with their backing beans. */
package dev.roadmap.web.site;

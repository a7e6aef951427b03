/**
 * Rendering shared by the web packages, which do not depend on each other: Markdown as sanitised HTML, the
 * same for the public pages ({@code site}), the item editor's preview ({@code admin}) and the preview
 * endpoint ({@code api}), so a maintainer previews exactly what the public will see.
 */
package dev.roadmap.web.rendering;

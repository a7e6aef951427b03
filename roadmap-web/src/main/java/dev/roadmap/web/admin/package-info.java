/**
 * The maintainer UI under {@code /admin}: thin backing beans, each calling one application service of
 * {@code dev.roadmap.importer.application}, behind the form login of {@link dev.roadmap.web.security}.
 * {@link dev.roadmap.web.admin.FailureHandler} turns a use case's failure into the page's message (or the
 * 404 page) in one place; the beans only react to it where the page must show the draft afresh.
 */
package dev.roadmap.web.admin;

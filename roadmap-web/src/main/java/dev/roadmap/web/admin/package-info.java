/**
 * The maintainer UI under {@code /admin}: thin backing beans, each calling one application service, behind
 * the form login of {@link dev.roadmap.web.security}.
 */
package dev.roadmap.web.admin;

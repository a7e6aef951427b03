/** The JSON API under {@code /api}: published roadmaps for anyone (described at {@code /openapi}). */
package dev.roadmap.web.api;

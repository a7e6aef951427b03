/** MicroProfile Health checks, served at {@code /health}. */
package dev.roadmap.web.health;

/**
 * Who may use the maintainer UI: accounts checked against PBKDF2 hashes, form login through Jakarta
 * Security, failed logins slowed down, the first administrator, and the security headers of every response.
 */
package dev.roadmap.web.security;

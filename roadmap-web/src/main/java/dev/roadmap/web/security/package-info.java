/**
 * Who may use the maintainer UI and the API: accounts checked against PBKDF2 hashes, form login through Jakarta
 * Security, script logins by header that make no session, API changes only by header credentials, failed logins
 * slowed down, the first administrator, which client and which public address a request may claim (trusted
 * proxies, {@code ROADMAP_PUBLIC_URL}), who may read {@code /metrics}, and the security headers of every response.
 */
package dev.roadmap.web.security;

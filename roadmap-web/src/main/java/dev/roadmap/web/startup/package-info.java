/**
 * What happens when the portal starts: the data source it runs on, chosen by configuration, and the
 * schema migrations that must succeed before anything else is served.
 */
package dev.roadmap.web.startup;

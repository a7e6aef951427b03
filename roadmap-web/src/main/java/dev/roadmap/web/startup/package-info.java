/**
 * What happens when the portal starts: the data source it runs on, chosen by configuration, the schema
 * migrations that must succeed before anything else is served, the first administrator, and the import of
 * the configured roadmaps through the import-and-publish use case.
 */
package dev.roadmap.web.startup;

/**
 * The runnable jar's entry point, run before Payara Micro boots and outside the WAR (it is left out of it):
 * it reads the settings that must change Payara Micro's own options, such as turning its data grid on for a
 * cluster, and then hands over to Payara Micro. Plain Java, no container, so it adds nothing to a start.
 */
package dev.roadmap.web.launch;

/**
 * What a node of a cluster does for the others, with Payara's own means: it tells them of each publication and
 * removal by a clustered CDI event ({@code OtherNodes}), checks the database once a second for one it missed
 * ({@code EditionWatch}), and keeps the login throttle's counts in the data grid ({@code DataGridFailureCounts}).
 * The classes that use Payara's API are added to the application only where Payara runs it
 * ({@code PayaraOnly}); on a single node, and on other servers, the portal behaves as it always did.
 */
package dev.roadmap.web.cluster;

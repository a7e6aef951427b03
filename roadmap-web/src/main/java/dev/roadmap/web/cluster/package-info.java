/**
 * What a node of a cluster does for the others, with Payara's own means: it tells them of each publication and
 * removal by a clustered CDI event ({@code OtherNodes}), checks the database once a second for one it missed
 * ({@code EditionWatch}); the login throttle keeps its counts in the data grid (web.security). All of it runs only on
 * a node started to join a cluster ({@code DataGrid.clustered()}); on a single node, and on other servers, the
 * portal behaves as it always did.
 */
package dev.roadmap.web.cluster;

/**
 * What every part of the web module shares: the addresses of its pages ({@link dev.roadmap.web.Links}), and the
 * way a page refuses a request with an error page that says why ({@link dev.roadmap.web.Refusal}).
 */
package dev.roadmap.web;

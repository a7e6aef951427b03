/** What every part of the web module shares: the addresses of its pages ({@link dev.roadmap.web.Links}). */
package dev.roadmap.web;

/** The audit trail: who changed what, when, on which roadmap; entries are only ever added. */
package dev.roadmap.domain.model.audit;

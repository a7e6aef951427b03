/** Maintainer accounts: their roles, password hashes, temporary passwords and whether they are enabled. */
package dev.roadmap.domain.model.account;

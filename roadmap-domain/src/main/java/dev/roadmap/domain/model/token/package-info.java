/** API tokens a maintainer makes for scripts: only a hash is kept; a token can be revoked. */
package dev.roadmap.domain.model.token;

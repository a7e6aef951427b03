/** What every aggregate uses: the persistent base class (id), the {@code Slug} that names a roadmap, the time converter. */
package dev.roadmap.domain.model.shared;

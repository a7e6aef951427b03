package dev.roadmap.domain.model.roadmap;

import dev.roadmap.domain.model.shared.Slug;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The order of a roadmap document, over the roadmap's own stored lists: its horizons (keys unique, positions
 * dense from 0) and its sections (dense from 0, each after a number of horizons). Every rule that places a
 * horizon or a section is here; the {@link Roadmap} asks for the change and touches itself.
 */
final class Outline {

    private final Roadmap roadmap;
    private final List<Horizon> horizons;
    private final List<Section> sections;

    Outline(Roadmap roadmap, List<Horizon> horizons, List<Section> sections) {
        this.roadmap = roadmap;
        this.horizons = horizons;
        this.sections = sections;
    }

    List<Horizon> horizons() {
        return horizons.stream().sorted(Comparator.comparingInt(Horizon::position)).toList();
    }

    Optional<Horizon> findHorizon(String key) {
        return horizons.stream().filter(h -> h.key().equals(key)).findFirst();
    }

    Horizon horizon(String key) {
        return findHorizon(key).orElseThrow(() -> new RoadmapRuleViolation(
                "The roadmap '" + roadmap.slug() + "' has no horizon '" + key + "'."));
    }

    /** Adds a horizon after the last one; its key must be a free slug. */
    Horizon addHorizon(String key, Title title, HorizonKind kind) {
        String validKey = Slug.of(key).value();
        if (findHorizon(validKey).isPresent()) {
            throw new RoadmapRuleViolation("The roadmap already has a horizon '" + validKey + "'; give the new one another key.");
        }
        Horizon horizon = new Horizon(roadmap, validKey, title, kind, horizons.size());
        horizons.add(horizon);
        return horizon;
    }

    /** Moves a horizon to a position (from 0); the others keep their order around it. */
    void moveHorizon(String key, int position) {
        Horizon horizon = horizon(key);
        Horizon.requirePosition(position, horizons.size() - 1, "horizon", "the roadmap");
        List<Horizon> ordered = new ArrayList<>(horizons());
        ordered.remove(horizon);
        ordered.add(position, horizon);
        IntStream.range(0, ordered.size()).forEach(i -> ordered.get(i).placeAt(i));
    }

    /** Removes an empty horizon; the sections after it stay after the same horizons as before. */
    void removeHorizon(String key) {
        Horizon horizon = horizon(key);
        horizon.requireEmpty();
        horizons.remove(horizon);
        horizons.stream().filter(h -> h.position() > horizon.position()).forEach(h -> h.placeAt(h.position() - 1));
        sections.stream().filter(s -> s.horizonsBefore() > horizon.position())
                .forEach(s -> s.placeAfterHorizons(s.horizonsBefore() - 1));
    }

    List<Section> sections() {
        return sections.stream().sorted(Comparator.comparingInt(Section::position)).toList();
    }

    Section section(int position) {
        return sections.stream().filter(s -> s.position() == position).findFirst().orElseThrow(() ->
                new RoadmapRuleViolation("The roadmap '" + roadmap.slug() + "' has no section " + position + "."));
    }

    /**
     * Adds a section after the given number of horizons (0: ahead of them all), after the sections there.
     * One without a title is prose that follows what comes before it, such as a note after a list.
     */
    Section addSection(String title, String body, int horizonsBefore) {
        Horizon.requirePosition(horizonsBefore, horizons.size(), "section", "the roadmap's horizons");
        Section section = new Section(roadmap, Title.optional(title, "A section"), body, sections.size(), horizonsBefore);
        sections.add(section);
        return section;
    }

    void removeSection(int position) {
        sections.remove(section(position));
        sections.stream().filter(s -> s.position() > position).forEach(s -> s.placeAt(s.position() - 1));
    }

    /** Takes over another roadmap's horizons (items and all) and sections, in their order. */
    void replaceWith(Outline source) {
        horizons.clear();
        sections.clear();
        source.horizons().forEach(from -> horizons.add(from.copyFor(roadmap, horizons.size())));
        source.sections().forEach(from -> sections.add(from.copyFor(roadmap, sections.size())));
    }

    /** The same horizons (items and all) and sections, in the same order. */
    boolean sameAs(Outline other) {
        return InOrder.same(horizons(), other.horizons(), Horizon::sameContentAs)
                && InOrder.same(sections(), other.sections(), Section::sameContentAs);
    }
}

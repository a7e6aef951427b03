package dev.roadmap.web.admin;

import java.io.Serializable;
import java.util.Optional;

/**
 * A destructive change that waits for the maintainer's "yes": which thing it is about (an item's anchor,
 * a horizon's key, a section's place), until it is confirmed or kept.
 */
public final class Confirmation implements Serializable {

    private static final long serialVersionUID = 1L;

    private String about;

    void ask(Object thing) {
        about = String.valueOf(thing);
    }

    /** Whether the page should ask about this thing now. */
    public boolean isAbout(Object thing) {
        return about != null && about.equals(String.valueOf(thing));
    }

    /** "Keep it": nothing changes, and the question goes. */
    public void keep() {
        about = null;
    }

    /** "Yes": what the question was about, if one was asked (a second click finds none); it goes. */
    Optional<String> confirmed() {
        Optional<String> thing = Optional.ofNullable(about);
        about = null;
        return thing;
    }
}

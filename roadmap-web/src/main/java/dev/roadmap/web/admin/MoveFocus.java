package dev.roadmap.web.admin;

import java.io.Serializable;

/**
 * Where the focus goes after a ↑ or ↓ button moved an item or a horizon: back onto the button pressed, or
 * onto its twin once the thing reached an end, so a keyboard user can press again without hunting for
 * their place on the reloaded page.
 */
public final class MoveFocus implements Serializable {

    private static final long serialVersionUID = 1L;

    private String moved;
    private int by;

    void moved(String key, int direction) {
        moved = key;
        by = direction;
    }

    void forget() {
        moved = null;
    }

    /**
     * {@code "autofocus"} for the one button that should have the focus after the last move, else
     * {@code null}, which Faces leaves out.
     *
     * @param direction -1 for the ↑ button, 1 for ↓
     * @param first     whether the thing is first now (its ↑ is disabled)
     * @param last      whether it is last now (its ↓ is disabled)
     */
    public String autofocus(String key, int direction, boolean first, boolean last) {
        if (moved == null || !moved.equals(key)) {
            return null;
        }
        boolean pressedStillWorks = by < 0 ? !first : !last;
        boolean thisOne = direction == by ? pressedStillWorks : !pressedStillWorks;
        boolean enabled = direction < 0 ? !first : !last;
        return thisOne && enabled ? "autofocus" : null;
    }
}

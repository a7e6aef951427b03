package dev.roadmap.web.admin;

import jakarta.faces.context.FacesContext;

/** A maintainer page's first look at the roadmap its address names: an unknown one gets the site's 404 page. */
final class FirstLook {

    private FirstLook() {
    }

    /**
     * Runs the look on the first render (not on a post back); true when it ran. No such roadmap (or item)
     * leaves it as {@code RoadmapNotFound}, which {@link FailureHandler} answers with the 404 page.
     */
    static boolean at(Runnable look) {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return false;
        }
        look.run();
        return true;
    }
}

package dev.roadmap.web.admin;

import dev.roadmap.domain.model.roadmap.RoadmapRuleViolation;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** A maintainer page's first look at the roadmap its address names: an unknown one gets the site's 404 page. */
final class FirstLook {

    private FirstLook() {
    }

    /** Runs the look on the first render (not on a post back); true when it found the roadmap. */
    static boolean at(Runnable look) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return false;
        }
        try {
            look.run();
            return true;
        } catch (RoadmapRuleViolation unknown) {
            faces.getExternalContext().responseSendError(404, unknown.getMessage());
            faces.responseComplete();
            return false;
        }
    }
}

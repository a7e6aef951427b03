package dev.roadmap.domain.model.roadmap;

/** What a horizon of the roadmap stands for, whatever its title says. */
public enum HorizonKind {
    /** Planned for the current period ("What's next"). */
    NEXT,
    /** Wanted, not yet planned ("Future work"). */
    LATER,
    /** Under way with no end date ("Ongoing work"). */
    ONGOING,
    /** Delivered ("Completed milestones", "Released"). */
    DONE,
    /** A lane of items that fits none of the above, such as a release heading. */
    OTHER
}

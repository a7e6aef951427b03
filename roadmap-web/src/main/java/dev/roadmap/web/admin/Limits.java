package dev.roadmap.web.admin;

import dev.roadmap.domain.model.account.Account;
import dev.roadmap.domain.model.edition.Edition;
import dev.roadmap.domain.model.roadmap.Area;
import dev.roadmap.domain.model.roadmap.Description;
import dev.roadmap.domain.model.roadmap.PlanningPeriod;
import dev.roadmap.domain.model.roadmap.Tags;
import dev.roadmap.domain.model.roadmap.Title;
import dev.roadmap.domain.model.shared.Slug;
import dev.roadmap.domain.model.token.ApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The longest text each admin field takes, for the views' {@code maxlength} ({@code #{limits.title}}) and
 * the beans' {@code @Size}: the domain's own limit where it has one, so a number is written once. The
 * constants are the forms' own, for text the domain takes at any length (an imported document may).
 */
@Named("limits")
@ApplicationScoped
public class Limits {

    public static final int SUMMARY = 1000;
    public static final int TARGET = 100;
    /** The tags typed as one line, commas and all; each tag is held to {@link Tags#MAX_TAG_LENGTH}. */
    public static final int TAGS_TYPED = 500;
    public static final int NOTE = 2000;

    public int getTitle() {
        return Title.MAX_LENGTH;
    }

    public int getDescription() {
        return Description.MAX_LENGTH;
    }

    public int getPeriod() {
        return PlanningPeriod.MAX_TEXT_LENGTH;
    }

    public int getArea() {
        return Area.MAX_LENGTH;
    }

    public int getSummary() {
        return SUMMARY;
    }

    public int getTarget() {
        return TARGET;
    }

    public int getTags() {
        return TAGS_TYPED;
    }

    public int getLabel() {
        return Edition.MAX_LABEL_LENGTH;
    }

    public int getNote() {
        return NOTE;
    }

    public int getSlug() {
        return Slug.MAX_LENGTH;
    }

    public int getTokenName() {
        return ApiToken.MAX_NAME_LENGTH;
    }

    public int getUsername() {
        return Account.MAX_USERNAME_LENGTH;
    }
}

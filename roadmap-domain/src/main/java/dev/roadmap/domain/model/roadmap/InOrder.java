package dev.roadmap.domain.model.roadmap;

import java.util.List;
import java.util.function.BiPredicate;

/** Comparing the ordered parts of two roadmaps, one pair at a time. */
final class InOrder {

    private InOrder() {
    }

    /** Whether both lists are as long, and each pair in the same place is the same by the given test. */
    static <T> boolean same(List<T> mine, List<T> theirs, BiPredicate<T, T> same) {
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < mine.size(); i++) {
            if (!same.test(mine.get(i), theirs.get(i))) {
                return false;
            }
        }
        return true;
    }
}

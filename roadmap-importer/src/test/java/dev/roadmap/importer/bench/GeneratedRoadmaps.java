package dev.roadmap.importer.bench;

/** Backstage-shaped roadmap documents of any size, for measuring how cost grows with items. */
public final class GeneratedRoadmaps {

    private GeneratedRoadmaps() {
    }

    /** Half the items as {@code ###} sections under "What's next", half as bullets under "Future work". */
    public static String withItems(int items) {
        StringBuilder md = new StringBuilder("---\nid: generated\ntitle: Generated roadmap\n")
                .append("description: A roadmap of ").append(items).append(" items\n---\n\n")
                .append("## The Roadmap\n\nPlanned for the ongoing quarter from April through June 2022.\n\n")
                .append("## What's next\n\nThe feature set below is planned for the ongoing quarter.\n\n");
        int headings = items / 2;
        for (int i = 1; i <= headings; i++) {
            md.append("### Feature ").append(i).append("\n\n")
                    .append("A faster and easier setup of feature ").append(i)
                    .append(", with [a link](https://example.org/features/").append(i).append(").\n\n")
                    .append("- first point\n- second point with `code`\n\n");
        }
        md.append("## Future work\n\nOn the radar, not yet scheduled.\n\n");
        for (int i = headings + 1; i <= items; i++) {
            md.append("- **Idea ").append(i).append(":** Introduce the ability to do thing ").append(i)
                    .append(" with a standard approach.\n");
        }
        return md.append("\n## How to influence the roadmap\n\nOpen an issue.\n").toString();
    }

    /** A mebibyte built to be hard for a reader: 10,000 nested list items, a 10,000-row table, emphasis runs. */
    public static String pathological() {
        StringBuilder text = new StringBuilder("# Roadmap\n\n## What's next\n\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("  ".repeat(i % 40)).append("- item ").append(i).append('\n');
        }
        text.append("\n## Future work\n\n| Name | Status |\n| --- | --- |\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("| row ").append(i).append(" | planned |\n");
        }
        text.append("\n## Backlog\n\n- ");
        text.append("*a **b ".repeat(100_000 / 3));
        text.append('\n');
        // Up to a mebibyte and not past it: the most an upload may hold (MarkdownBytes, ReadingBudget).
        String filler = "- filler line of prose\n";
        while (text.length() + filler.length() <= 1 << 20) {
            text.append(filler);
        }
        return text.toString();
    }
}

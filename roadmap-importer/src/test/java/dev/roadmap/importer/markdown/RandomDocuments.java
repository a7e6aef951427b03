package dev.roadmap.importer.markdown;

import java.util.List;
import java.util.Random;

/**
 * Roadmap-like Markdown made up from the pieces real roadmaps use (front matter, horizon headings, bold-named
 * bullets, checkboxes, status marks, tables, quotes, code, links, HTML), in any order and combination, so the
 * reader meets shapes no corpus file has.
 */
final class RandomDocuments {

    private static final List<String> WORDS = List.of("alpha", "bravo", "cedar", "delta", "ember", "fjord", "grove",
            "hazel", "indigo", "juniper", "Kestrel", "lumen", "maple", "Nectar", "orchid", "pebble", "quartz", "raven",
            "e.g.", "v1.2", "2026", "café", "naïve", "Straße", "日本語", "العربية", "x_y", "a*b", "C++", "50%");
    private static final List<String> HORIZONS = List.of("What's next", "Future work", "Now", "Next", "Later", "Done",
            "Backlog", "In progress", "Completed", "Q1 2026", "2024 H2", "v2.8 (Q1 2026)", "Priority 1", "Roadmap",
            "Detailed roadmap", "Near-term", "Ongoing", "Release 3.0", "Notes", "How to contribute");
    private static final List<String> MARKS = List.of("", "", "", "✅ ", "🚧 ", "⏳ ", "❌ ", "[x] ", "[ ] ", "~~",
            "(in progress) ", "[Done] ", "🧪 ");
    private static final List<String> FRONT_MATTER = List.of("", "",
            "---\nid: random\ntitle: Random roadmap\ndescription: Made up\n---\n\n",
            "---\ntitle: 'Quoted: title'\nslug: /docs/random\nsidebar_position: 3\ntags: [a, b]\n---\n\n",
            "---\ntitle: Folded\ndescription: >\n  over two\n  lines\nperiod: Q2 2026\n---\n\n",
            "+++\ntitle = \"Hugo roadmap\"\nweight = 10\n[params]\nauthor = \"someone\"\n+++\n\n",
            "+++\ntitle = 'Literal'\ndescription = \"\"\"\nmulti\nline\"\"\"\n+++\n\n");

    private final Random random;

    RandomDocuments(Random random) {
        this.random = random;
    }

    String document() {
        StringBuilder md = new StringBuilder(pick(FRONT_MATTER));
        if (random.nextInt(3) > 0) {
            md.append("# ").append(words(1, 4)).append("\n\n");
        }
        for (int i = 0, blocks = random.nextInt(25); i < blocks; i++) {
            md.append(block()).append(random.nextInt(6) == 0 ? "\n" : "\n\n");
        }
        return md.toString();
    }

    private String block() {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> "#".repeat(1 + random.nextInt(4)) + " " + (random.nextBoolean() ? pick(HORIZONS) : words(1, 4));
            case 3, 4 -> list();
            case 5 -> table();
            case 6 -> "**" + words(1, 3) + "**" + (random.nextBoolean() ? ":" : "");
            case 7 -> "> " + inline();
            case 8 -> "```\n" + words(1, 6) + "\n```";
            case 9 -> random.nextBoolean() ? "---" : "<details>\n" + words(1, 5) + "\n</details>";
            case 10 -> "Status: " + pick(List.of("done", "in progress", "planned", "dropped", "who knows"));
            default -> inline();
        };
    }

    private String list() {
        StringBuilder list = new StringBuilder();
        String marker = pick(List.of("- ", "* ", "+ ", "1. "));
        for (int i = 0, items = 1 + random.nextInt(8); i < items; i++) {
            String indent = random.nextInt(4) == 0 ? "  ".repeat(1 + random.nextInt(3)) : "";
            list.append(indent).append(marker).append(pick(MARKS));
            list.append(random.nextBoolean() ? "**" + words(1, 3) + (random.nextBoolean() ? ":**" : "**:") + " " + inline()
                    : inline());
            list.append('\n');
            if (random.nextInt(5) == 0) {
                list.append('\n').append(indent).append("  ").append(inline()).append("\n\n");
            }
        }
        return list.toString().stripTrailing();
    }

    private String table() {
        List<String> headers = List.of("Name", "Feature", "Status", "Theme", "Target", "Owner", "Notes", "Description");
        int columns = 1 + random.nextInt(4);
        StringBuilder table = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            table.append(' ').append(pick(headers)).append(" |");
        }
        table.append("\n|").append(" --- |".repeat(columns));
        for (int r = 0, rows = random.nextInt(6); r < rows; r++) {
            table.append("\n|");
            for (int c = 0; c < columns + random.nextInt(2) - random.nextInt(2); c++) {
                table.append(' ').append(random.nextInt(4) == 0 ? pick(MARKS) : "").append(words(0, 3)).append(" |");
            }
        }
        return table.toString();
    }

    private String inline() {
        StringBuilder text = new StringBuilder(words(1, 8));
        switch (random.nextInt(6)) {
            case 0 -> text.append(" [").append(words(1, 2)).append("](https://example.org/").append(random.nextInt(99)).append(')');
            case 1 -> text.append(" `").append(words(1, 2)).append('`');
            case 2 -> text.append(" *").append(words(1, 2)).append('*');
            case 3 -> text.append(". ").append(Character.toUpperCase(pick(WORDS).charAt(0))).append(words(1, 5)).append('.');
            case 4 -> text.append(" [").append(pick(List.of("large", "small", "p1"))).append(']');
            default -> text.append(random.nextBoolean() ? "." : "");
        }
        return text.toString();
    }

    private String words(int min, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = min + random.nextInt(max - min + 1); i < n; i++) {
            text.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return text.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}

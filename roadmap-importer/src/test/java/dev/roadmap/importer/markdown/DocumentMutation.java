package dev.roadmap.importer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ways a real document goes wrong, or is made to by someone who wants the portal to fall over: each turns a
 * document into a broken one, at random places a seeded {@link Random} picks, so a failing case replays.
 */
enum DocumentMutation {

    TRUNCATED {
        @Override
        String apply(String doc, Random random) {
            return doc.substring(0, random.nextInt(doc.length() + 1));
        }
    },
    DUPLICATED_HEADINGS {
        @Override
        String apply(String doc, Random random) {
            List<String> lines = lines(doc);
            List<String> headings = lines.stream().filter(l -> l.startsWith("#")).toList();
            if (headings.isEmpty()) {
                return doc;
            }
            for (int i = 0, copies = 1 + random.nextInt(4); i < copies; i++) {
                String heading = headings.get(random.nextInt(headings.size()));
                // Sometimes a heading of another level, so a horizon's name turns up as an item or a wrapper.
                String copy = random.nextBoolean() ? heading : "#".repeat(1 + random.nextInt(4)) + heading.replaceFirst("^#+", "");
                lines.add(random.nextInt(lines.size() + 1), random.nextBoolean() ? copy : copy + "\n\n- " + word(random));
            }
            return String.join("\n", lines);
        }
    },
    RANDOM_CHARACTERS {
        @Override
        String apply(String doc, Random random) {
            StringBuilder text = new StringBuilder(doc);
            for (int i = 0, count = 1 + random.nextInt(20); i < count; i++) {
                text.insert(random.nextInt(text.length() + 1), (char) random.nextInt(0x3000));
            }
            return text.toString();
        }
    },
    MARKUP_CHARACTERS {
        @Override
        String apply(String doc, Random random) {
            String markup = "#*_-+>|[]()!`~<>\\:=\n\t ";
            StringBuilder text = new StringBuilder(doc);
            for (int i = 0, count = 1 + random.nextInt(30); i < count; i++) {
                text.insert(random.nextInt(text.length() + 1), markup.charAt(random.nextInt(markup.length())));
            }
            return text.toString();
        }
    },
    DEEP_NESTING {
        @Override
        String apply(String doc, Random random) {
            int depth = 1000;
            StringBuilder deep = new StringBuilder("\n");
            switch (random.nextInt(5)) {
                case 0 -> {
                    for (int i = 0; i < depth; i++) {
                        deep.append("  ".repeat(i)).append("- level ").append(i).append('\n');
                    }
                }
                case 1 -> deep.append("> ".repeat(depth)).append("quoted\n");
                case 2 -> deep.append("- ".repeat(depth)).append("listed\n");
                case 3 -> {
                    for (int i = 0; i < depth; i++) {
                        deep.append("> ".repeat(i)).append("- quoted ").append(i).append('\n');
                    }
                }
                default -> deep.append("1. > - ".repeat(depth / 3)).append("mixed\n");
            }
            return insertAtLine(doc, deep.toString(), random);
        }
    },
    HUGE_TABLE {
        @Override
        String apply(String doc, Random random) {
            int columns = 2 + random.nextInt(20);
            int rows = 500 + random.nextInt(2500);
            StringBuilder table = new StringBuilder("\n| Name |");
            table.append(" Status |".repeat(columns - 1)).append("\n|").append(" --- |".repeat(columns)).append('\n');
            for (int r = 0; r < rows; r++) {
                table.append("| feature ").append(r).append(" |");
                for (int c = 1; c < columns; c++) {
                    table.append(random.nextInt(4) == 0 ? " done |" : " cell ").append(c).append(" |");
                }
                table.append('\n');
            }
            return insertAtLine(doc, table.toString(), random);
        }
    },
    EMPHASIS_AND_LINK_BOMBS {
        @Override
        String apply(String doc, Random random) {
            String[] bombs = {"[", "*_", "![](", "[a](", "**", "`", "<", "](", "[x]: ", "~~", "_", "*a **b ", "[![", "<a "};
            String bomb = bombs[random.nextInt(bombs.length)];
            int times = 1000 + random.nextInt(20_000);
            return insertAtLine(doc, "- " + bomb.repeat(times) + "\n", random);
        }
    },
    MERGE_CONFLICT_MARKERS {
        @Override
        String apply(String doc, Random random) {
            String[] markers = {"<<<<<<< HEAD", "=======", ">>>>>>> branch", "<<<<<<<", "<<<<<<<< HEAD", " <<<<<<< HEAD"};
            String text = doc;
            for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
                text = insertAtLine(text, markers[random.nextInt(markers.length)] + "\n", random);
            }
            return text;
        }
    },
    BYTE_ORDER_MARKS {
        @Override
        String apply(String doc, Random random) {
            return switch (random.nextInt(3)) {
                case 0 -> "\uFEFF" + doc;
                case 1 -> "\uFEFF\uFEFF" + doc;
                default -> insertAtLine(doc, "\uFEFF", random);
            };
        }
    },
    LINE_ENDINGS {
        @Override
        String apply(String doc, Random random) {
            int style = random.nextInt(3);
            StringBuilder text = new StringBuilder();
            for (char c : doc.toCharArray()) {
                if (c != '\n') {
                    text.append(c);
                } else {
                    int pick = style == 2 ? random.nextInt(3) : style;
                    text.append(pick == 0 ? "\r\n" : pick == 1 ? "\r" : "\n");
                }
            }
            return text.toString();
        }
    },
    BROKEN_FRONT_MATTER {
        @Override
        String apply(String doc, Random random) {
            String[] openings = {
                "---\nid: broken\ntitle: A broken roadmap\ndescription: >\n  folded and\n",
                "---\ntitle: [unclosed\n---\n",
                "---\ntitle: 'quoted\n---\n",
                "---\ntitle:\n  - a list\n---\n",
                "---\n: no key\n---\n",
                "---\ntitle: \"tab\\tand\\u0000nul\"\n---\n",
                "+++\ntitle = \"A broken roadmap\"\ndescription = \"\"\"\nnot closed\n",
                "+++\ntitle = [\n+++\n",
                "+++\n[params\n+++\n",
                "+++\ntitle = 'x'\ntitle = 'y'\n+++\n",
                "---\ntitle: TOML under YAML\n+++\n",
                "+++\ntitle = \"YAML under TOML\"\n---\n",
                "---\n",
                "+++\n",
            };
            String opening = openings[random.nextInt(openings.length)];
            if (doc.startsWith("---\n") || doc.startsWith("+++\n")) {
                // The document's own front matter, cut in the middle or left open.
                int close = doc.indexOf(doc.substring(0, 4), 4);
                if (close > 0 && random.nextBoolean()) {
                    return doc.substring(0, 4 + random.nextInt(close - 3)) + doc.substring(close + 4);
                }
            }
            return opening + doc;
        }
    },
    CONTROL_CHARACTERS {
        @Override
        String apply(String doc, Random random) {
            char[] controls = {'\0', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u2028',
                '\u2029', '\u200B', '\uFFFD', '\uD800', '\uDFFF', '\t'};
            StringBuilder text = new StringBuilder(doc);
            for (int i = 0, count = 1 + random.nextInt(20); i < count; i++) {
                text.insert(random.nextInt(text.length() + 1), controls[random.nextInt(controls.length)]);
            }
            return text.toString();
        }
    },
    SPLICED_LINES {
        @Override
        String apply(String doc, Random random) {
            List<String> lines = lines(doc);
            List<String> other = lines(Corpus.text(Corpus.files().get(random.nextInt(Corpus.files().size()))));
            int from = random.nextInt(other.size());
            int to = Math.min(other.size(), from + 1 + random.nextInt(60));
            lines.addAll(random.nextInt(lines.size() + 1), other.subList(from, to));
            return String.join("\n", lines);
        }
    },
    SEVERAL_AT_ONCE {
        @Override
        String apply(String doc, Random random) {
            String text = doc;
            for (int i = 0, count = 2 + random.nextInt(3); i < count; i++) {
                DocumentMutation one = values()[random.nextInt(ordinal())];
                text = one.apply(text.isEmpty() ? doc : text, random);
            }
            return text;
        }
    };

    abstract String apply(String doc, Random random);

    private static final List<String> WORDS = List.of("alpha", "bravo", "cedar", "delta", "ember", "Now", "Next",
            "Later", "Done", "Q3 2026", "✅", "🚧");

    static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    static List<String> lines(String doc) {
        return new ArrayList<>(List.of(doc.split("\n", -1)));
    }

    static String insertAtLine(String doc, String block, Random random) {
        List<String> lines = lines(doc);
        lines.add(random.nextInt(lines.size() + 1), block);
        return String.join("\n", lines);
    }
}

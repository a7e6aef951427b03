package dev.roadmap.importer.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/** The real roadmaps under src/test/resources/corpus (origins and licences in SOURCES.tsv there). */
final class Corpus {

    static final String SEED = "backstage_2022-q2.md";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Parser LINK_PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create())).build();

    private Corpus() {
    }

    static List<String> files() {
        List<String> names = new ArrayList<>();
        for (String line : text("SOURCES.tsv").split("\n")) {
            String name = line.split("\t")[0];
            if (name.endsWith(".md")) {
                names.add(name);
            }
        }
        return names;
    }

    static String text(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No corpus file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word of a text, case kept, in first-seen order. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Every link and image destination of a Markdown document, as the parser reads them. */
    static Set<String> linkUrls(String markdown) {
        Set<String> urls = new LinkedHashSet<>();
        LINK_PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                urls.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                urls.add(image.getDestination());
            }
        });
        return urls;
    }
}

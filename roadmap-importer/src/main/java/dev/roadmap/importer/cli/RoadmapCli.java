package dev.roadmap.importer.cli;

import dev.roadmap.domain.model.roadmap.Roadmap;
import dev.roadmap.importer.json.RoadmapJson;
import dev.roadmap.importer.markdown.ImportReport;
import dev.roadmap.importer.markdown.MarkdownBytes;
import dev.roadmap.importer.markdown.ReadResult;
import dev.roadmap.importer.markdown.RoadmapReader;
import dev.roadmap.importer.markdown.RoadmapWriter;
import dev.roadmap.importer.markdown.UnreadableDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar roadmap-importer-cli.jar lint|parse|export FILE}. Exit status: 0 when clean or only
 * warnings, 1 when a file has errors, 2 when a file cannot be read or is not a Markdown document at all
 * (and for a wrong command line).
 */
public final class RoadmapCli {

    static final int OK = 0;
    static final int ERRORS = 1;
    static final int UNREADABLE = 2;
    private static final String USAGE = """
            usage: roadmap-importer-cli lint FILE...   report problems, one line each (file:line: severity: message)
                   roadmap-importer-cli parse FILE    print the roadmap model as JSON
                   roadmap-importer-cli export FILE   print the roadmap as canonical Markdown""";

    private final PrintStream out;
    private final PrintStream err;
    private final RoadmapReader reader = new RoadmapReader();

    RoadmapCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new RoadmapCli(out, err).run(args));
    }

    int run(String... args) {
        if (args.length < 2) {
            err.println(USAGE);
            return UNREADABLE;
        }
        List<String> files = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "lint" -> lint(files);
            case "parse" -> files.size() == 1 ? parse(files.get(0)) : usage();
            case "export" -> files.size() == 1 ? export(files.get(0)) : usage();
            default -> usage();
        };
    }

    private int usage() {
        err.println(USAGE);
        return UNREADABLE;
    }

    private int lint(List<String> files) {
        int status = OK;
        int errors = 0;
        int warnings = 0;
        for (String file : files) {
            Optional<ReadResult> result = read(file);
            if (result.isEmpty()) {
                status = UNREADABLE;
                continue;
            }
            ImportReport report = result.get().report();
            report.entries().forEach(entry -> out.println(entry.format(file)));
            result.get().roadmap().ifPresent(roadmap -> out.println(file + ": " + summary(roadmap)));
            errors += report.errors().size();
            warnings += report.warnings().size();
            if (report.hasErrors()) {
                status = Math.max(status, ERRORS);
            }
        }
        err.println(files.size() + " file(s): " + errors + " error(s), " + warnings + " warning(s)");
        return status;
    }

    /** "N items in M horizons (A areas)": at a glance, whether the document was understood. */
    static String summary(Roadmap roadmap) {
        long areas = roadmap.items().stream().map(item -> item.area().orElse(null)).filter(java.util.Objects::nonNull)
                .distinct().count();
        int items = roadmap.items().size();
        int horizons = roadmap.horizons().size();
        return items + (items == 1 ? " item" : " items") + " in " + horizons + (horizons == 1 ? " horizon" : " horizons")
                + " (" + areas + (areas == 1 ? " area" : " areas") + ")";
    }

    private int parse(String file) {
        Optional<ReadResult> result = read(file);
        if (result.isEmpty()) {
            return UNREADABLE;
        }
        ImportReport report = result.get().report();
        JsonObject json = result.get().roadmap().map(roadmap -> RoadmapJson.of(roadmap, report))
                .orElseGet(() -> Json.createObjectBuilder().add("report", RoadmapJson.report(report)).build());
        out.println(pretty(json));
        return report.hasErrors() ? ERRORS : OK;
    }

    private int export(String file) {
        Optional<ReadResult> result = read(file);
        if (result.isEmpty()) {
            return UNREADABLE;
        }
        Optional<Roadmap> roadmap = result.get().roadmap();
        if (roadmap.isEmpty()) {
            result.get().report().errors().forEach(entry -> err.println(entry.format(file)));
            return ERRORS;
        }
        out.print(new RoadmapWriter().write(roadmap.get()));
        return OK;
    }

    /** The file read as a roadmap named after it, or empty (and said why) when it is no text at all. */
    private Optional<ReadResult> read(String file) {
        Path path = Path.of(file);
        try {
            String markdown = MarkdownBytes.decode(Files.readAllBytes(path), MarkdownBytes.DEFAULT_LIMIT);
            return Optional.of(reader.read(markdown, RoadmapReader.slugFrom(baseName(path)).value()));
        } catch (IOException e) {
            err.println(file + ":0: error: cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (UnreadableDocument e) {
            err.println(file + ":0: error: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String pretty(JsonObject json) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.write(json);
        }
        return text.toString().strip();
    }
}

package dev.roadmap.importer.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the reader in one JVM, each in a class loader of its own with its own copy of every library, read
 * the seed in interleaved rounds, with commonmark's bare parse (a third copy) as the floor. Between JVMs the JIT
 * moves these figures by a quarter; within one, a round of each build meets the same machine, so the ratio of
 * paired rounds is what to compare. Run by bench/reader-ab.sh; not a test.
 *
 * <p>Arguments: the class path of build A, that of build B (each its classes and their libraries), the document.
 */
public final class ReaderPairBenchmark {

    private static final int ROUNDS = 40;
    private static final int WARM_UP_ROUNDS = 8;
    private static final int CALLS = 300;

    private static volatile int sink;

    public static void main(String[] args) throws Exception {
        String document = Files.readString(Path.of(args[2]));
        Timed[] timed = {reader(args[0]), reader(args[1]), bareParse(args[0])};
        double[][] micros = new double[timed.length][ROUNDS];
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            for (int k = 0; k < timed.length; k++) {
                long start = System.nanoTime();
                for (int i = 0; i < CALLS; i++) {
                    sink ^= System.identityHashCode(timed[k].call(document));
                }
                if (round >= 0) {
                    micros[k][round] = (System.nanoTime() - start) / 1_000.0 / CALLS;
                }
            }
        }
        double[] paired = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            paired[round] = micros[1][round] / micros[0][round];
        }
        double a = median(micros[0]);
        double b = median(micros[1]);
        double bare = median(micros[2]);
        System.out.printf("A %.1f µs (%.2f× the bare parse) | B %.1f µs (%.2f×) | bare parse %.1f µs | B/A, median of"
                + " paired rounds: %.3f%n", a, a / bare, b, b / bare, bare, median(paired));
    }

    private interface Timed {
        Object call(String document) throws Exception;
    }

    private static Timed reader(String classPath) throws Exception {
        Class<?> type = loader(classPath).loadClass("dev.roadmap.importer.markdown.RoadmapReader");
        Object reader = type.getConstructor().newInstance();
        Method read = type.getMethod("read", String.class, String.class);
        return document -> read.invoke(reader, document, "seed");
    }

    private static Timed bareParse(String classPath) throws Exception {
        Class<?> type = loader(classPath).loadClass("org.commonmark.parser.Parser");
        Object builder = type.getMethod("builder").invoke(null);
        Object parser = builder.getClass().getMethod("build").invoke(builder);
        Method parse = type.getMethod("parse", String.class);
        return document -> parse.invoke(parser, document);
    }

    private static ClassLoader loader(String classPath) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

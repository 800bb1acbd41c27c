package org.citizenservices.architecture;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The length of every production source file and of every method and constructor in it, read from the sources: the
 * class files know where a method starts but not where it ends.
 */
final class SourceSizes {

    static final int MAX_CLASS_LINES = 300;
    static final int MAX_METHOD_LINES = 60;

    /** One production source file: its top-level type's name, its length, and its callables over the limit. */
    record SourceFile(Path path, String typeName, int lines, List<String> longCallables) {
    }

    private static Map<String, SourceFile> byTypeName;

    private SourceSizes() {
    }

    /** Every production source file of the repository, by its top-level type's qualified name. */
    static synchronized Map<String, SourceFile> all() {
        if (byTypeName == null) {
            byTypeName = read(repositoryRoot());
        }
        return byTypeName;
    }

    private static Map<String, SourceFile> read(Path root) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        Map<String, SourceFile> files = new TreeMap<>();
        for (Path sources : productionSourceRoots(root)) {
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                    SourceFile read = readOne(parser, sources, file);
                    files.put(read.typeName(), read);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static SourceFile readOne(JavaParser parser, Path sources, Path file) throws IOException {
        String relative = sources.relativize(file).toString().replace('\\', '/');
        String typeName = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        String text = Files.readString(file);
        CompilationUnit unit = parser.parse(text).getResult()
                .orElseThrow(() -> new IllegalStateException("cannot parse " + file));
        List<String> longCallables = new ArrayList<>();
        for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
            int length = callable.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
            if (length > MAX_METHOD_LINES) {
                longCallables.add(ownerOf(callable) + "." + callable.getDeclarationAsString(false, false, false));
            }
        }
        return new SourceFile(file, typeName, (int) text.lines().count(), longCallables);
    }

    private static String ownerOf(CallableDeclaration<?> callable) {
        return callable.findAncestor(TypeDeclaration.class)
                .map(type -> ((TypeDeclaration<?>) type).getNameAsString()).orElse("?");
    }

    private static List<Path> productionSourceRoots(Path root) {
        try (Stream<Path> rooms = Stream.concat(Files.list(root.resolve("platform")), Files.list(root.resolve("modules")))) {
            return rooms.map(room -> room.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout's root: the first folder upwards from here that holds both platform/ and modules/. */
    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("platform")) && Files.isDirectory(p.resolve("modules"))) {
                return p;
            }
        }
        throw new IllegalStateException("no checkout above " + here);
    }
}

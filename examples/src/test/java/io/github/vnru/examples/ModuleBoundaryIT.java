package io.github.vnru.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.Seeds;
import io.github.vnru.query.Corpus;
import io.github.vnru.query.MeetingRecord;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules' boundary, as a user of the module path meets it, on the built jars (so
 * after the package phase): a consumer module, declared as in the README, compiles against the
 * API and runs in its own
 * {@link ModuleLayer} (every resource the extractor and parser read, Jackson's reflection on the
 * model and the registry); a consumer that imports an {@code internal} package does not compile,
 * and reflection cannot open one; each jar exports exactly its API packages; and the Javadoc jars
 * document only those.
 */
class ModuleBoundaryIT {
  /** The API of each library module: everything else is internal. */
  private static final Map<String, Set<String>> API =
      Map.of(
          "io.github.vnru.model", Set.of("io.github.vnru.model", "io.github.vnru.model.json"),
          "io.github.vnru.extract", Set.of("io.github.vnru.extract"),
          "io.github.vnru.parser", Set.of("io.github.vnru.parser"),
          "io.github.vnru.query", Set.of("io.github.vnru.query"));

  /** Module name to jar (or exploded module), for the modules on this test's class path. */
  private static Map<String, Path> onClassPath;
  /** The vnru library modules and everything they need at run time. */
  private static List<Path> modulePath;

  @BeforeAll
  static void findModules() {
    onClassPath = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      boolean jar = Files.isRegularFile(p) && entry.endsWith(".jar");
      boolean exploded = Files.isRegularFile(p.resolve("module-info.class"));
      if (jar || exploded) {
        for (ModuleReference r : ModuleFinder.of(p).findAll()) {
          onClassPath.putIfAbsent(r.descriptor().name(), p);
        }
      }
    }
    // The closure of io.github.vnru.query's non-static requirements, outside the JDK.
    Map<String, Path> needed = new LinkedHashMap<>();
    Deque<String> todo = new ArrayDeque<>(List.of("io.github.vnru.query"));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (needed.containsKey(name) || ModuleFinder.ofSystem().find(name).isPresent()) {
        continue;
      }
      Path p = onClassPath.get(name);
      assertTrue(p != null, "module " + name + " is not on the class path: " + onClassPath);
      needed.put(name, p);
      for (ModuleDescriptor.Requires r : descriptor(name).requires()) {
        if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
          todo.push(r.name());
        }
      }
    }
    modulePath = new ArrayList<>(needed.values());
  }

  private static ModuleDescriptor descriptor(String module) {
    return ModuleFinder.of(onClassPath.get(module)).find(module).orElseThrow().descriptor();
  }

  @Test
  void eachLibraryJar_isAModuleExportingOnlyItsApi() {
    for (Map.Entry<String, Set<String>> e : API.entrySet()) {
      ModuleDescriptor d = descriptor(e.getKey());
      assertFalse(d.isAutomatic(), e.getKey() + " has a module-info");
      Set<String> exported = d.exports().stream().filter(x -> !x.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      assertEquals(e.getValue(), exported, e.getKey() + " exports");
      // the one qualified export: the parser's date finder reads the packs' date words
      d.exports().stream().filter(ModuleDescriptor.Exports::isQualified).forEach(x -> assertEquals(
          "io.github.vnru.extract.internal to [io.github.vnru.parser]",
          x.source() + " to " + x.targets(), e.getKey()));
      for (ModuleDescriptor.Opens o : d.opens()) {
        assertEquals(Set.of("com.fasterxml.jackson.databind"), o.targets(), "opened only to Jackson");
      }
      assertTrue(
          d.packages().stream().anyMatch(p -> !exported.contains(p)) || e.getKey().endsWith("model"),
          e.getKey() + " keeps packages to itself");
    }
  }

  @Test
  void aConsumerModule_compilesAgainstTheApi_andRunsOnTheModulePath(@TempDir Path dir)
      throws Exception {
    Path classes = compile(dir, CONSUMER_MAIN, true);
    String name = readmeModule().replaceFirst("(?s)^\\s*module\\s+([\\w.]+).*", "$1");
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                ModuleFinder.of(with(classes).toArray(Path[]::new)),
                ModuleFinder.of(),
                Set.of(name));
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    Module query = layer.findModule("io.github.vnru.query").orElseThrow();
    assertTrue(query.getDescriptor() != null && query.isNamed());
    assertFalse(
        layer.findModule("io.github.vnru.extract").orElseThrow().isExported(
            "io.github.vnru.extract.internal"));

    @SuppressWarnings("unchecked")
    Supplier<String> consumer =
        (Supplier<String>)
            layer.findLoader(name).loadClass("consumer.Main").getConstructor().newInstance();
    String report = consumer.get();

    // the same, computed here on the class path
    Corpus seeds = Corpus.seeds();
    StringBuilder expected = new StringBuilder();
    for (MeetingRecord r : seeds.meetings().timeline()) {
      expected.append(r.meeting().date().map(Object::toString).orElse("-")).append(' ')
          .append(r.participantNames()).append('\n');
    }
    String id = Seeds.ids().get(1);
    expected.append("parsed: ")
        .append(VnruJson.write(ArticleParser.create().parse(id, Seeds.bytes(id)))).append('\n');
    expected.append("json round trip: true\n");
    expected.append("registry file: [Láp-rốp]\n");
    expected.append("html: Điện đàm\n");
    expected.append("internal: closed\n");
    assertEquals(expected.toString(), report);
  }

  @Test
  void aConsumerModule_cannotImportAnInternalPackage(@TempDir Path dir) throws Exception {
    for (String pkg :
        List.of(
            "io.github.vnru.extract.internal",
            "io.github.vnru.parser.internal",
            "io.github.vnru.query.internal")) {
      Path src = Files.createDirectories(dir.resolve(pkg));
      String main = "package consumer;\n\nimport " + pkg + ".*;\n\npublic class Main {}\n";
      List<String> errors = compileErrors(src, main);
      assertFalse(errors.isEmpty(), "importing " + pkg + " compiled");
      assertTrue(
          errors.stream().anyMatch(m -> m.contains(pkg) && m.contains("not visible")),
          pkg + ": " + errors);
    }
  }

  @Test
  void theJavadocJars_documentOnlyTheApi() throws IOException {
    for (Map.Entry<String, Set<String>> e : API.entrySet()) {
      Path jar = onClassPath.get(e.getKey());
      assertTrue(
          jar.toString().endsWith(".jar"), "run after the package phase (mvn verify): " + jar);
      Path javadoc = jar.resolveSibling(jar.getFileName().toString().replace(".jar", "-javadoc.jar"));
      assertTrue(Files.isRegularFile(javadoc), "no Javadoc jar next to " + jar);
      try (ZipFile zip = new ZipFile(javadoc.toFile())) {
        String list =
            new String(zip.getInputStream(zip.getEntry("element-list")).readAllBytes(), UTF_8);
        Set<String> packages = new TreeSet<>();
        for (String line : list.split("\n")) {
          if (!line.isBlank() && !line.startsWith("module:")) {
            packages.add(line.strip());
          }
        }
        assertTrue(list.startsWith("module:" + e.getKey()), list);
        assertEquals(new TreeSet<>(e.getValue()), packages, javadoc + " element-list");
        List<String> internal =
            zip.stream()
                .map(z -> z.getName())
                .filter(n -> n.contains("/internal/") || n.contains("internal/package-summary"))
                .collect(Collectors.toList());
        assertEquals(List.of(), internal, javadoc + " documents internal classes");
      }
    }
  }

  private static List<Path> with(Path extra) {
    List<Path> all = new ArrayList<>(modulePath);
    all.add(extra);
    return all;
  }

  private static String modulePathString() {
    return modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** The README's module declaration. */
  private static String readmeModule() throws Exception {
    return ReadmeTest.blocks("java").stream()
        .filter(b -> b.strip().startsWith("module ") && b.contains("requires io.github.vnru.query"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README has no module declaration"));
  }

  /**
   * Compiles the README's module, exporting package {@code consumer} (so that this test can
   * instantiate it), with {@code main} as {@code consumer.Main}.
   */
  private static Path compile(Path dir, String main, boolean mustCompile) throws Exception {
    List<String> errors = compileErrors(dir, main);
    if (mustCompile) {
      assertEquals(List.of(), errors, "the consumer module does not compile");
    }
    return dir.resolve("classes");
  }

  private static List<String> compileErrors(Path dir, String main) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/consumer/consumer"));
    String module = readmeModule().strip();
    Files.writeString(
        dir.resolve("src/consumer/module-info.java"),
        module.substring(0, module.lastIndexOf('}')) + "  exports consumer;\n}\n",
        UTF_8);
    Files.writeString(src.resolve("Main.java"), main, UTF_8);
    Path out = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, UTF_8)) {
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjects(
              dir.resolve("src/consumer/module-info.java"), src.resolve("Main.java"));
      javac
          .getTask(
              null,
              files,
              diagnostics,
              List.of("--module-path", modulePathString(), "-d", out.toString(), "-proc:none"),
              null,
              units)
          .call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getMessage(null));
      }
    }
    return errors;
  }

  /**
   * A consumer that touches every part of the library that reads resources or needs reflection:
   * the pre-parsed seeds and the registry (Corpus.seeds), a full parse (language packs, lexicons,
   * name keys, the registry's places and titles), JSON both ways, a user's registry file (a
   * private record), an HTML page (jsoup), and reflection on an internal class.
   */
  private static final String CONSUMER_MAIN =
      String.join(
          "\n",
          "package consumer;",
          "",
          "import io.github.vnru.extract.Registry;",
          "import io.github.vnru.model.Article;",
          "import io.github.vnru.model.PersonId;",
          "import io.github.vnru.model.json.VnruJson;",
          "import io.github.vnru.parser.ArticleParser;",
          "import io.github.vnru.parser.Seeds;",
          "import io.github.vnru.query.Corpus;",
          "import io.github.vnru.query.MeetingRecord;",
          "import java.nio.file.Files;",
          "import java.nio.file.Path;",
          "",
          "public class Main implements java.util.function.Supplier<String> {",
          "  @Override",
          "  public String get() {",
          "    try {",
          "      StringBuilder out = new StringBuilder();",
          "      for (MeetingRecord r : Corpus.seeds().meetings().timeline()) {",
          "        out.append(r.meeting().date().map(Object::toString).orElse(\"-\")).append(' ')",
          "            .append(r.participantNames()).append('\\n');",
          "      }",
          "      String id = Seeds.ids().get(1);",
          "      Article a = ArticleParser.create().parse(id, Seeds.bytes(id));",
          "      String json = VnruJson.write(a);",
          "      out.append(\"parsed: \").append(json).append('\\n');",
          "      out.append(\"json round trip: \")",
          "          .append(VnruJson.read(json, Article.class).equals(a)).append('\\n');",
          "      Path file = Files.createTempFile(\"registry\", \".json\");",
          "      Files.writeString(file,",
          "          \"{\\\"persons\\\": [{\\\"id\\\": \\\"sergey-lavrov\\\", \\\"aliases\\\": [\\\"Láp-rốp\\\"]}]}\");",
          "      Registry r = Registry.builder().addDefaults().add(file).build();",
          "      Files.delete(file);",
          "      out.append(\"registry file: \").append(r.person(PersonId.of(\"sergey-lavrov\"))",
          "          .orElseThrow().aliases().stream().filter(x -> x.startsWith(\"Láp\"))",
          "          .collect(java.util.stream.Collectors.toList())).append('\\n');",
          "      Path page = Files.createTempFile(\"page\", \".html\");",
          "      Files.writeString(page, \"<html><head><title>Điện đàm</title></head><body><article>\"",
          "          + \"<h1>Điện đàm</h1><p>Tổng Bí thư Nguyễn Phú Trọng điện đàm với Tổng thống\"",
          "          + \" Vladimir Putin ngày 5/4/2021.</p></article></body></html>\");",
          "      out.append(\"html: \").append(ArticleParser.create().parse(page).title().orElse(\"?\"))",
          "          .append('\\n');",
          "      Files.delete(page);",
          "      Class<?> internal = Class.forName(\"io.github.vnru.extract.internal.AhoCorasick\");",
          "      try {",
          "        internal.getDeclaredConstructors()[0].setAccessible(true);",
          "        out.append(\"internal: open\\n\");",
          "      } catch (java.lang.reflect.InaccessibleObjectException e) {",
          "        out.append(\"internal: closed\\n\");",
          "      }",
          "      return out.toString();",
          "    } catch (Exception e) {",
          "      throw new IllegalStateException(e);",
          "    }",
          "  }",
          "}",
          "");
}

package io.github.vnru.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.Registry;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's code is compiled and run, so it cannot drift: its Java program (compiled here and
 * run, its output compared with the README's), its consumer pom (written with the program to
 * {@code target/readme-it/consumer}, which the invoker plugin builds and runs as a separate
 * project against the installed artifacts) and its registry example.
 */
class ReadmeTest {
  static final Path README = Path.of("..", "README.md");
  private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);

  /** The README's fenced blocks of one language, in order. */
  static List<String> blocks(String language) throws Exception {
    Matcher m = FENCE.matcher(Files.readString(README, UTF_8));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).equals(language)) {
        out.add(m.group(2));
      }
    }
    return out;
  }

  private static String program() throws Exception {
    return blocks("java").stream()
        .filter(b -> b.contains("public class Example"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README has no 'public class Example' program"));
  }

  private static String pom() throws Exception {
    return blocks("xml").stream()
        .filter(b -> b.contains("<artifactId>vnru-consumer</artifactId>"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README has no consumer pom"));
  }

  @Test
  void theJavaProgram_compilesAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("Example.java");
    Files.writeString(src, program(), UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(null, null, null, "-encoding", "UTF-8", "-d", dir.toString(),
            "-cp", System.getProperty("java.class.path"), src.toString());
    assertEquals(0, status, "the README's Java program does not compile");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, UTF_8));
      Method main = loader.loadClass("Example").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(old);
    }
    String readme = Files.readString(README, UTF_8);
    String printed = out.toString(UTF_8);
    int at = readme.indexOf("-Dexec.mainClass=Example` prints:");
    assertTrue(at > 0, "the README says what the program prints");
    Matcher m = FENCE.matcher(readme);
    assertTrue(m.find(at));
    assertEquals(m.group(2), printed);
  }

  @Test
  void theConsumerPom_isCompleteAndIsWrittenForTheInvoker() throws Exception {
    String pom = pom();
    String version = projectVersion();
    assertTrue(pom.contains("<version>" + version + "</version>"), "README pom names " + version);
    assertTrue(pom.contains("<artifactId>maven-compiler-plugin</artifactId>"), pom);
    assertTrue(pom.contains("<maven.compiler.release>17</maven.compiler.release>"), pom);
    Path project = Path.of("target", "readme-it", "consumer");
    Files.createDirectories(project.resolve("src/main/java"));
    Files.writeString(project.resolve("pom.xml"), pom, UTF_8);
    Files.writeString(project.resolve("src/main/java/Example.java"), program(), UTF_8);
    Files.writeString(
        project.resolve("invoker.properties"),
        "invoker.goals = verify org.codehaus.mojo:exec-maven-plugin:3.5.0:java"
            + " -Dexec.mainClass=Example\n",
        UTF_8);
  }

  @Test
  void theRegistryExample_extendsABuiltInPersonAndAddsANewOne(@TempDir Path dir) throws Exception {
    String json =
        blocks("json").stream()
            .filter(b -> b.contains("\"persons\"") && b.contains("sergey-lavrov"))
            .findFirst()
            .orElseThrow();
    Path file = dir.resolve("my-registry.json");
    Files.writeString(file, json, UTF_8);
    Registry r = Registry.builder().addDefaults().add(file).build();
    Person lavrov = r.person(PersonId.of("sergey-lavrov")).orElseThrow();
    assertTrue(lavrov.aliases().contains("Láp-rốp"), lavrov.aliases().toString());
    assertTrue(lavrov.aliases().containsAll(
        Registry.defaults().person(lavrov.id()).orElseThrow().aliases()));
    assertEquals("Sergueï Lavrov", lavrov.names().get("fr"));
    assertTrue(r.person(PersonId.of("maria-zakharova")).isPresent());
  }

  private static String projectVersion() throws Exception {
    Matcher m =
        Pattern.compile("</parent>.*?<version>|<artifactId>vnru-parent</artifactId>\\s*<version>([^<]+)</version>",
                Pattern.DOTALL)
            .matcher(Files.readString(Path.of("..", "pom.xml"), UTF_8));
    while (m.find()) {
      if (m.group(1) != null) {
        return m.group(1);
      }
    }
    throw new AssertionError("no version in the parent pom");
  }
}

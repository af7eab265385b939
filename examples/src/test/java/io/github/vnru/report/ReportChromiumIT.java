package io.github.vnru.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report page as a browser draws it: the built jar writes the page, a real headless Chromium
 * renders it, takes a screenshot ({@code target/report-screenshots/*.png}, to look at) and measures
 * the layout with a script run in the page. Skipped, with a message, where no Chromium is
 * installed ({@code apt-get install chromium} on Debian).
 */
class ReportChromiumIT {
  private static final Path OUT = Path.of("target", "report-screenshots").toAbsolutePath();
  private static final Path JAR = Path.of("target", "vnru.jar").toAbsolutePath();
  private static final int WIDTH = 1600;
  private static String chromium;

  @BeforeAll
  static void findChromium() {
    chromium = find("chromium", "chromium-browser", "google-chrome", "google-chrome-stable").orElse(null);
    assumeTrue(
        chromium != null,
        "no Chromium on PATH: the report is not checked in a browser (install it with"
            + " 'apt-get install chromium' to run this test)");
  }

  private static Optional<String> find(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String n : names) {
        Path p = Path.of(dir, n);
        if (Files.isExecutable(p)) {
          return Optional.of(p.toString());
        }
      }
    }
    return Optional.empty();
  }

  private static String run(List<String> cmd) throws Exception {
    Path log = Files.createTempFile("chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
        .redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + cmd);
    String out = Files.readString(log, UTF_8);
    Files.delete(log);
    assertEquals(0, p.exitValue(), cmd + "\n" + out);
    return out;
  }

  private static Path report(String name, String... inputs) throws Exception {
    Files.createDirectories(OUT);
    Path html = OUT.resolve(name + ".html");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
        "report", "-o", html.toString()));
    cmd.addAll(List.of(inputs));
    run(cmd);
    return html;
  }

  private static List<String> chrome(String... args) {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--hide-scrollbars", "--window-size=" + WIDTH + ",1500",
        "--user-data-dir=" + OUT.resolve("profile")));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** The page with a script that writes its measurements into the DOM, as Chromium lays it out. */
  private static String measure(Path html) throws Exception {
    String page = Files.readString(html, UTF_8);
    String script =
        "<script>window.addEventListener('load',function(){var r={};"
            + "r.innerWidth=window.innerWidth;"
            + "var c=document.querySelector('.charts')||document.body;"
            + "r.contentWidth=Math.round(c.getBoundingClientRect().width);"
            + "var wrapped=[];document.querySelectorAll('td.date,td.article,td.evidence')"
            + ".forEach(function(td){var g=document.createRange();g.selectNodeContents(td);"
            + "var lines=new Set();Array.from(g.getClientRects()).forEach(function(x){"
            + "lines.add(Math.round(x.top))});if(lines.size>1)wrapped.push(td.textContent)});"
            + "r.wrapped=wrapped.length;r.cells=document.querySelectorAll('td.date').length;"
            + "r.counts=document.querySelectorAll('#timeline text.count').length;"
            + "var o=document.createElement('pre');o.id='measured';o.textContent=JSON.stringify(r);"
            + "document.body.appendChild(o)});</script>";
    Path probe = html.resolveSibling(html.getFileName().toString().replace(".html", "-probe.html"));
    Files.writeString(probe, page.replace("</body>", script + "</body>"), UTF_8);
    String dom = run(chrome("--virtual-time-budget=5000", "--dump-dom", probe.toUri().toString()));
    Matcher m = Pattern.compile("<pre id=\"measured\">([^<]*)</pre>").matcher(dom);
    assertTrue(m.find(), "the probe script ran:\n" + dom);
    return m.group(1).replace("&quot;", "\"");
  }

  private static int field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void seedReport_usesTheWindowWidth_neverWrapsDatesOrLinks_andShowsCounts() throws Exception {
    Path html = report("seeds");
    Path png = OUT.resolve("seeds.png");
    Files.deleteIfExists(png);
    run(chrome("--screenshot=" + png, html.toUri().toString()));
    assertTrue(Files.size(png) > 10_000, "a real screenshot: " + png);
    String m = measure(html);
    assertEquals(WIDTH, field(m, "innerWidth"), m);
    assertTrue(field(m, "contentWidth") > WIDTH * 0.85, "the page uses the window's width: " + m);
    assertEquals(0, field(m, "wrapped"), "no date, article id or link wraps: " + m);
    assertEquals(5, field(m, "cells"), m);
    assertTrue(field(m, "counts") >= 2, "the bars have counts: " + m);
    String page = Files.readString(html, UTF_8);
    assertTrue(page.contains("fill=\"" + HtmlReport.PARTY_COLOURS.get("CPV") + "\""), "CPV colour");
    assertTrue(page.contains(">no party</text>"), "grey is in the legend");
    assertTrue(page.contains("its size grows with the number of meetings"), "node size explained");
  }

  @Test
  void emptyCorpus_saysNoMeetings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path article = dir.resolve("weather.txt");
    Files.writeString(article, "Weather today\n\nIt will rain in Hanoi this afternoon.\n", UTF_8);
    Path html = report("empty", article.toString());
    Path png = OUT.resolve("empty.png");
    run(chrome("--screenshot=" + png, html.toUri().toString()));
    assertTrue(Files.isRegularFile(png));
    String dom = run(chrome("--dump-dom", html.toUri().toString()));
    assertTrue(dom.contains("No meetings"), dom);
  }
}

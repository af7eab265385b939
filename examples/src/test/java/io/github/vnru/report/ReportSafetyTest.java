package io.github.vnru.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The report page is safe with hostile text (issue 16): titles, names from a user's registry,
 * places, evidence and URLs built from script tags, event handlers, {@code javascript:} URLs,
 * quotes, comment and CDATA markers and characters XML forbids never give a script, an event
 * handler or an unsafe link. {@link ReportFuzzTest} fuzzes the same check coverage-guided.
 */
final class ReportSafetyTest {
  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
          " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>",
          "]]><script>x</script>", "<!--", "-->", "<svg onload=alert(1)>", "&lt;script&gt;",
          "'><a href=javascript:x>", "\u0000", "\uFFFE", "\uD800", "\uDC00x", "</title><script>",
          "<style>", "</textarea>", "https://ok.example/\"onmouseover=\"x", "http://x/<script>",
          "https://example.com/a?b=1&c=2", "http://[::1]/", "https:", "http://", "//evil.example",
          "vbscript:x", "file:///etc/passwd", "<a href=\"javascript:x\">", "&#106;avascript:x",
          "\u202Eevil", "\r\n", "<![CDATA[", "<?xml?>", "<!DOCTYPE x>", "<base href=//x>",
          "<iframe src=x>", "<math><mi xlink:href=javascript:x>", "style=\"x:expression(1)\"",
          "Nguyễn Phú Trọng", "Путин", "'", "\"", "&", "<", ">");

  static Gen<String> hostile() {
    Gen<String> pieces =
        arbitrary().pick(HOSTILE).mix(strings().allPossible().ofLengthBetween(0, 12), 30);
    return lists().of(pieces).ofSizeBetween(0, 4).map(l -> String.join("", l));
  }

  @Test
  void no_script_event_handler_or_unsafe_link_whatever_the_text() {
    qt().withExamples(200)
        .forAll(hostile(), hostile(), hostile(), hostile())
        .checkAssert(
            (a, b, c, d) -> {
              String html = ReportSafety.render(a, b, c, d, b, c, d, a, c);
              ReportSafety.check(html, c);
            });
  }

  @Test
  void every_hostile_string_in_every_field() {
    for (String s : HOSTILE) {
      ReportSafety.check(ReportSafety.render(s, s, s, s, s, s, s, s, s), s);
      String url = "https://example.com/" + s;
      ReportSafety.check(ReportSafety.render(s, s, url, s, s, s, s, s, s), url);
    }
  }

  @Test
  void an_http_url_is_a_link_and_javascript_is_text() {
    String ok = "https://nhandan.vn/a-post815.html";
    ReportSafety.check(ReportSafety.render("a", "T", ok, "S.", "Moscow", "", "A", "B", "R"), ok);
    String js = "javascript:alert(document.cookie)";
    ReportSafety.check(ReportSafety.render("a", "T", js, "S.", "Moscow", "", "A", "B", "R"), js);
  }
}

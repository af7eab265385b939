package io.github.vnru.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.Mention;
import io.github.vnru.model.Span;
import io.github.vnru.model.Warning;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.Piece;
import io.github.vnru.parser.internal.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The invariants every fuzz target checks on what the parser gives (issue 16): not only "no
 * exception", but
 *
 * <ul>
 *   <li>only {@link ArticleParseException} escapes, its message names the source and holds no Java
 *       class name;
 *   <li>each input finishes within a time bound proportional to its size ({@link #checkTime});
 *   <li>nothing is lost: every non-blank character of the normalised text lands in exactly one of
 *       title, lead, paragraphs, captions, credits, boilerplate or header (URL and date lines), and
 *       each of the article's fields is exactly the text of its pieces;
 *   <li>every mention, evidence span and warning offset lies inside the normalised text, and its
 *       text is the text at that offset;
 *   <li>parsing twice gives equal articles, and the article's JSON reads back equal (also through
 *       the parser's JSON Lines reader).
 * </ul>
 *
 * <p>Two documented copies are not counted twice: a headline repeated under itself (a {@code
 * TITLE_REPEAT} or {@code LEAD_REPEAT}: the same non-blank characters as the title or lead, kept
 * once) and a title taken from a cached-page footer (its text also stays in that footer, in
 * boilerplate).
 */
final class ArticleInvariants {
  private ArticleInvariants() {}

  /** A Java class or package name, or an exception's simple name: never in a user's message. */
  static final Pattern JAVA_NAME =
      Pattern.compile(
          "\\b(?:java|javax|jdk|sun|com|org|io)\\.[a-z]\\w*\\.|\\b\\w*(?:Exception|Error)\\b"
              + "|\\bat [\\w$.]+\\(");

  /** Fixed overhead allowed per input, whatever its size: class loading, a GC pause, a busy CPU. */
  static final long BASE_NANOS = Long.getLong("vnru.fuzz.baseMillis", 10_000) * 1_000_000L;

  /** Time allowed per byte of input on top of the base: 20 ms per KB, far above the parser's rate. */
  static final long NANOS_PER_BYTE = 20_000;

  /** Fails if {@code what} took longer than the size bound allows for {@code size} bytes. */
  static void checkTime(long startNanos, long size, String what) {
    long took = System.nanoTime() - startNanos;
    long bound = BASE_NANOS + size * NANOS_PER_BYTE;
    assertTrue(
        took <= bound,
        what + " took " + took / 1_000_000 + " ms for " + size + " bytes; the bound is "
            + bound / 1_000_000 + " ms");
  }

  /**
   * Fails if {@code message} names a Java class, package or stack frame, unless that text is quoted
   * from the {@code input} itself (JSON's "Unrecognized token 'Exception'").
   */
  static void checkNoJavaNames(String message, String input) {
    java.util.regex.Matcher m = JAVA_NAME.matcher(message);
    while (m.find()) {
      assertTrue(input.contains(m.group()), "Java name '" + m.group() + "' in message: " + message);
    }
  }

  /** The documented exception: names the source, gives a reason, no Java class names. */
  static void checkProblem(ArticleParseException e, String source, String input) {
    ParseProblem p = e.problem();
    assertNotNull(p.reason());
    assertEquals(source, p.source());
    assertTrue(e.getMessage().startsWith(source), e.getMessage());
    assertFalse(p.message().isBlank(), "blank message");
    checkNoJavaNames(p.message(), input);
    p.line().ifPresent(l -> assertTrue(l >= 1, "line " + l));
    p.column().ifPresent(c -> assertTrue(c >= 1, "column " + c));
  }

  /** Every invariant of one parse: pieces, fields, offsets, JSON. */
  static void checkParsed(ArticleAssembler.Parsed parsed) {
    checkNothingLost(parsed);
    checkOffsets(parsed.article(), parsed.text());
    checkJson(parsed.article());
  }

  /** The article's JSON reads back equal, directly and through the parser's JSON Lines reader. */
  static void checkJson(Article a) {
    String json = VnruJson.write(a);
    assertFalse(json.contains("\n"), "JSON Lines must be one line");
    assertEquals(a, VnruJson.read(json, Article.class), "JSON round trip");
    try {
      List<Article> back =
          JsonLines.read("roundtrip", (json + "\n").getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of(a), back, "JSON Lines round trip");
      assertTrue(JsonLines.looksLike(json.getBytes(StandardCharsets.UTF_8)), "JSON Lines not seen");
    } catch (ArticleParseException e) {
      fail("an article's own JSON does not read back: " + e.getMessage());
    }
  }

  /** Mentions, evidence and warnings point into {@code text} at the text they hold. */
  static void checkOffsets(Article a, String text) {
    for (Mention m : a.mentions()) {
      assertTrue(m.start() >= 0 && m.end() <= text.length(), "mention outside the text: " + m);
      assertEquals(m.text(), text.substring(m.start(), m.end()), "mention text at its offset");
    }
    for (Meeting m : a.meetings()) {
      Span s = m.evidence().span();
      assertTrue(s.start() >= 0 && s.end() <= text.length(), "evidence outside the text: " + m);
      assertEquals(
          m.evidence().sentence(), text.substring(s.start(), s.end()), "evidence at its span");
    }
    for (Warning w : a.warnings()) {
      if (w.offset().isPresent()) {
        int at = w.offset().getAsInt();
        assertTrue(at >= 0 && at <= text.length(), "warning outside the text: " + w);
        if (w.text().isPresent()) {
          assertTrue(text.startsWith(w.text().get(), at), "warning text at its offset: " + w);
        }
      }
    }
  }

  /**
   * Every non-blank character of the normalised text is in exactly one piece, and the article's
   * fields are exactly the texts of their pieces.
   */
  static void checkNothingLost(ArticleAssembler.Parsed parsed) {
    String text = parsed.text();
    Article a = parsed.article();
    List<Piece> pieces = new ArrayList<>(parsed.pieces());
    pieces.sort(Comparator.comparingInt(Piece::start));
    Map<Piece.Role, List<Piece>> byRole = new EnumMap<>(Piece.Role.class);
    for (Piece.Role r : Piece.Role.values()) {
      byRole.put(r, new ArrayList<>());
    }
    int[] count = new int[text.length()];
    for (Piece p : pieces) {
      assertTrue(p.start() >= 0 && p.end() <= text.length(), "piece outside the text: " + p);
      assertEquals(p.text(), text.substring(p.start(), p.end()), "piece text at its offset");
      byRole.get(p.role()).add(p);
      if (p.role() == Piece.Role.TITLE && insideBoilerplate(p, pieces)) {
        continue; // a title named by a cached-page footer: a copy of the footer's text
      }
      for (int i = p.start(); i < p.end(); i++) {
        count[i]++;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (!TextNormalizer.isBlank(text.charAt(i)) && count[i] != 1) {
        fail(
            "char "
                + i
                + " '"
                + text.charAt(i)
                + "' lies in "
                + count[i]
                + " pieces; text: "
                + clip(text, i));
      }
    }
    assertEquals(one(byRole.get(Piece.Role.TITLE)), a.title(), "title is its piece");
    assertEquals(one(byRole.get(Piece.Role.LEAD)), a.lead(), "lead is its piece");
    for (Piece r : byRole.get(Piece.Role.TITLE_REPEAT)) {
      assertTrue(a.title().isPresent(), "a title repeat without a title");
      assertEquals(nonBlank(a.title().get()), nonBlank(r.text()), "title repeat");
    }
    for (Piece r : byRole.get(Piece.Role.LEAD_REPEAT)) {
      assertTrue(a.lead().isPresent(), "a lead repeat without a lead");
      assertEquals(nonBlank(a.lead().get()), nonBlank(r.text()), "lead repeat");
    }
    assertEquals(texts(byRole.get(Piece.Role.PARAGRAPH)), a.paragraphs(), "paragraphs");
    assertEquals(texts(byRole.get(Piece.Role.CAPTION)), a.captions(), "captions");
    assertEquals(texts(byRole.get(Piece.Role.CREDIT)), a.credits(), "credits");
    assertEquals(texts(byRole.get(Piece.Role.BOILERPLATE)), a.boilerplate(), "boilerplate");
    assertEquals(one(byRole.get(Piece.Role.URL)), a.url(), "URL header");
    Optional<String> dateHeader = one(byRole.get(Piece.Role.DATE_HEADER));
    if (dateHeader.isPresent()) {
      // "date 2021-04-05": the published date, or a warning that quotes the impossible date
      String iso = dateHeader.get().substring("date ".length());
      boolean kept =
          a.publishedDate().map(d -> d.toString().equals(iso)).orElse(false)
              || a.warnings().stream().anyMatch(w -> w.text().equals(Optional.of(iso)));
      assertTrue(kept, "the date header " + dateHeader.get() + " is neither date nor warning");
    }
  }

  private static boolean insideBoilerplate(Piece p, List<Piece> pieces) {
    for (Piece q : pieces) {
      if (q.role() == Piece.Role.BOILERPLATE && q.start() <= p.start() && p.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> one(List<Piece> pieces) {
    assertTrue(pieces.size() <= 1, "more than one: " + pieces);
    return pieces.isEmpty() ? Optional.empty() : Optional.of(pieces.get(0).text());
  }

  private static List<String> texts(List<Piece> pieces) {
    List<String> out = new ArrayList<>();
    pieces.forEach(p -> out.add(p.text()));
    return out;
  }

  private static String nonBlank(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (!TextNormalizer.isBlank(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static String clip(String text, int at) {
    int from = Math.max(0, at - 60);
    int to = Math.min(text.length(), at + 60);
    return "…" + text.substring(from, to).replace("\n", "⏎") + "…";
  }
}

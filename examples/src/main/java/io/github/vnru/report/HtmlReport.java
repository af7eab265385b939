package io.github.vnru.report;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One self-contained HTML page (no scripts, no network) about a corpus: an SVG timeline of
 * meetings by year and kind, an SVG who-met-whom network with parties as colours, and a table in
 * which each meeting links to its evidence sentence. The page is well-formed XML (XHTML), so it
 * can be checked with any XML parser.
 */
public final class HtmlReport {
  /**
   * Party colours, fixed per party so that a party has the same colour in every report; none is a
   * meeting kind's colour. A party not listed gets one of {@link #MORE_PARTY_COLOURS} by its id.
   */
  static final Map<String, String> PARTY_COLOURS =
      Map.of(
          "CPV", "#e41a1c",
          "KPRF", "#7f0000",
          "UR", "#0b3d91",
          "SR", "#f1c40f",
          "LDPR", "#17becf",
          "WPK", "#8c564b",
          "CPSU", "#e377c2");

  private static final String[] MORE_PARTY_COLOURS = {
    "#bcbd22", "#1b9e77", "#66a61e", "#a6761d", "#e7298a", "#525252"
  };
  private static final Map<MeetingKind, String> KIND_COLOURS = new EnumMap<>(MeetingKind.class);

  static {
    KIND_COLOURS.put(MeetingKind.MEETING, "#2471a3");
    KIND_COLOURS.put(MeetingKind.PHONE_CALL, "#229954");
    KIND_COLOURS.put(MeetingKind.VIDEO_CALL, "#d68910");
    KIND_COLOURS.put(MeetingKind.LETTER, "#7d3c98");
  }

  private final Function<PersonId, String> nameOf;
  private final Function<PersonId, Optional<PartyId>> partyOf;

  private HtmlReport(
      Function<PersonId, String> nameOf, Function<PersonId, Optional<PartyId>> partyOf) {
    this.nameOf = nameOf;
    this.partyOf = partyOf;
  }

  /**
   * A report that names persons with {@code nameOf} and colours them by {@code partyOf} (empty:
   * grey).
   */
  public static HtmlReport of(
      Function<PersonId, String> nameOf, Function<PersonId, Optional<PartyId>> partyOf) {
    return new HtmlReport(checkNotNull(nameOf, "nameOf"), checkNotNull(partyOf, "partyOf"));
  }

  /** The colour of {@code party}, the same in every report. */
  static String partyColour(PartyId party) {
    String c = PARTY_COLOURS.get(party.value());
    return c != null
        ? c
        : MORE_PARTY_COLOURS[Math.floorMod(party.value().hashCode(), MORE_PARTY_COLOURS.length)];
  }

  /** The colour of a person of no party. */
  static final String NO_PARTY = "#aaaaaa";

  /** A meeting together with the article that reports it. */
  private static final class Row {
    final Meeting meeting;
    final Article article;

    Row(Meeting meeting, Article article) {
      this.meeting = meeting;
      this.article = article;
    }
  }

  /** The page for the meetings of {@code articles}, in date order, undated last. */
  public String render(String title, List<Article> articles) {
    List<Row> rows = new ArrayList<>();
    for (Article a : articles) {
      for (Meeting m : a.meetings()) {
        rows.add(new Row(m, a));
      }
    }
    rows.sort(
        Comparator.comparing(
                (Row r) -> r.meeting.date().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.article.id()));
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:1em 2em;color:#222}")
        .append(".charts{display:flex;flex-wrap:wrap;gap:2em}.charts>div{flex:1 1 36em;min-width:0}")
        .append("svg{width:100%;height:auto}.nowrap,td.date,td.article,td.evidence{white-space:nowrap}")
        .append("p.empty{font-style:italic;color:#666}p.note{font-size:.9em;color:#555}")
        .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;")
        .append("padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f4f4f4}")
        .append("svg{background:#fcfcfc;border:1px solid #eee}blockquote{margin:.4em 0 .8em 1em;")
        .append("color:#444}:target{background:#fff6cc}\n</style>\n</head>\n<body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p>")
        .append(rows.size())
        .append(" meetings reported in ")
        .append(articles.size())
        .append(" articles.</p>\n");
    if (rows.isEmpty()) {
      h.append("<p class=\"empty\" id=\"no-meetings\">No meetings: none of these articles reports"
          + " a meeting, so there is no timeline, network or table to show.</p>\n");
      h.append("</body>\n</html>\n");
      return h.toString();
    }
    h.append("<div class=\"charts\">\n<div>\n<h2>Meetings by year and kind</h2>\n");
    timeline(h, rows);
    h.append("</div>\n<div>\n<h2>Who met whom</h2>\n");
    network(h, rows);
    h.append("<p class=\"note\">A circle is a person, coloured by party (grey: no party);"
        + " its size grows with the number of meetings the person took part in. A line joins two"
        + " people who met; its width grows with the number of their meetings.</p>\n");
    h.append("</div>\n</div>\n<h2>Meetings</h2>\n");
    table(h, rows);
    h.append("<h2>Evidence</h2>\n<ol>\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      h.append("<li id=\"evidence-")
          .append(i + 1)
          .append("\"><b>")
          .append(esc(r.article.id()))
          .append("</b> — ")
          .append(esc(r.article.title().orElse("(no title)")))
          .append("<blockquote>")
          .append(esc(r.meeting.evidence().sentence()))
          .append("</blockquote></li>\n");
    }
    h.append("</ol>\n</body>\n</html>\n");
    return h.toString();
  }

  private void timeline(StringBuilder h, List<Row> rows) {
    TreeMap<Integer, Map<MeetingKind, Integer>> byYear = new TreeMap<>();
    int undated = 0;
    for (Row r : rows) {
      Optional<PartialDate> d = r.meeting.date();
      if (d.isPresent() && d.get().year().isPresent()) {
        byYear
            .computeIfAbsent(d.get().year().getAsInt(), y -> new EnumMap<>(MeetingKind.class))
            .merge(r.meeting.kind(), 1, Integer::sum);
      } else {
        undated++;
      }
    }
    int width = 720;
    int height = 260;
    int left = 40;
    int bottom = 220;
    openSvg(h, "timeline", width, height, "Meetings by year and kind");
    if (!byYear.isEmpty()) {
      int first = byYear.firstKey();
      int last = byYear.lastKey();
      int years = last - first + 1;
      int max = byYear.values().stream().mapToInt(m -> sum(m.values())).max().orElse(1);
      double slot = (width - left - 20) / (double) years;
      double barWidth = Math.max(4, slot * 0.7);
      for (int y = first; y <= last; y++) {
        double x = left + (y - first) * slot + (slot - barWidth) / 2;
        double top = bottom;
        for (Map.Entry<MeetingKind, Integer> e : byYear.getOrDefault(y, Map.of()).entrySet()) {
          double bar = e.getValue() * 180.0 / max;
          top -= bar;
          h.append(
              String.format(
                  Locale.ROOT,
                  "<rect class=\"bar\" data-year=\"%d\" data-kind=\"%s\" data-count=\"%d\""
                      + " x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                      + "<title>%d %s: %d</title></rect>\n",
                  y, e.getKey(), e.getValue(), x, top, barWidth, bar, KIND_COLOURS.get(e.getKey()),
                  y, e.getKey(), e.getValue()));
        }
        int total = sum(byYear.getOrDefault(y, Map.of()).values());
        if (total > 0) {
          h.append(
              String.format(
                  Locale.ROOT,
                  "<text class=\"count\" x=\"%.1f\" y=\"%.1f\" font-size=\"11\""
                      + " text-anchor=\"middle\">%d</text>\n",
                  x + barWidth / 2, top - 4, total));
        }
        if (years <= 30 || (y - first) % 5 == 0) {
          h.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>\n",
                  x + barWidth / 2, bottom + 15, y));
        }
      }
    }
    h.append("<line x1=\"")
        .append(left)
        .append("\" y1=\"")
        .append(bottom)
        .append("\" x2=\"")
        .append(width - 10)
        .append("\" y2=\"")
        .append(bottom)
        .append("\" stroke=\"#999\"/>\n");
    int lx = left;
    for (Map.Entry<MeetingKind, String> k : KIND_COLOURS.entrySet()) {
      h.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>\n",
              lx, bottom + 25, k.getValue(), lx + 14, bottom + 34, k.getKey()));
      lx += 120;
    }
    h.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"14\" font-size=\"11\">year unknown: %d</text>\n</svg>\n",
            left, undated));
  }

  private static void openSvg(StringBuilder h, String id, int width, int height, String label) {
    h.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
            id, width, height, width, height, esc(label)));
  }

  private static int sum(Iterable<Integer> xs) {
    int s = 0;
    for (int x : xs) {
      s += x;
    }
    return s;
  }

  private void network(StringBuilder h, List<Row> rows) {
    Map<PersonId, Integer> degree = new LinkedHashMap<>();
    Map<List<PersonId>, Integer> edges = new LinkedHashMap<>();
    for (Row r : rows) {
      List<PersonId> ps = new ArrayList<>(r.meeting.participantIds());
      ps.forEach(p -> degree.merge(p, 1, Integer::sum));
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          List<PersonId> pair = ps.get(i).compareTo(ps.get(j)) < 0
              ? List.of(ps.get(i), ps.get(j)) : List.of(ps.get(j), ps.get(i));
          edges.merge(pair, 1, Integer::sum);
        }
      }
    }
    List<PersonId> nodes = new ArrayList<>(degree.keySet());
    nodes.sort(Comparator.naturalOrder());
    // Wider than tall: names stand left and right of their nodes.
    int width = 760;
    int height = 560;
    double cx = width / 2.0;
    double cy = height / 2.0;
    double radius = height / 2.0 - 60;
    Map<PersonId, double[]> at = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      double angle = 2 * Math.PI * i / Math.max(1, nodes.size()) - Math.PI / 2;
      at.put(nodes.get(i), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
    }
    Map<PartyId, String> partyColours = new TreeMap<>();
    boolean noParty = false;
    openSvg(h, "network", width, height, "Who met whom");
    for (Map.Entry<List<PersonId>, Integer> e : edges.entrySet()) {
      double[] a = at.get(e.getKey().get(0));
      double[] b = at.get(e.getKey().get(1));
      h.append(
          String.format(
              Locale.ROOT,
              "<line class=\"edge\" data-from=\"%s\" data-to=\"%s\" data-count=\"%d\" x1=\"%.1f\""
                  + " y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-width=\"%.1f\">"
                  + "<title>%s – %s: %d</title></line>\n",
              esc(e.getKey().get(0).value()), esc(e.getKey().get(1).value()), e.getValue(), a[0],
              a[1], b[0], b[1],
              Math.min(10.0, 1.0 + e.getValue()), esc(nameOf.apply(e.getKey().get(0))),
              esc(nameOf.apply(e.getKey().get(1))), e.getValue()));
    }
    for (PersonId p : nodes) {
      double[] xy = at.get(p);
      Optional<PartyId> party = partyOf.apply(p);
      String colour =
          party.map(id -> partyColours.computeIfAbsent(id, HtmlReport::partyColour))
              .orElse(NO_PARTY);
      noParty |= party.isEmpty();
      boolean right = xy[0] >= cx;
      h.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"node\" data-person=\"%s\" data-party=\"%s\" cx=\"%.1f\" cy=\"%.1f\""
                  + " r=\"%.1f\" fill=\"%s\"><title>%s</title></circle>\n"
                  + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\">%s</text>\n",
              esc(p.value()), esc(party.map(PartyId::value).orElse("")), xy[0], xy[1],
              Math.min(18, 6 + 2.0 * degree.get(p)), colour, esc(nameOf.apply(p)),
              xy[0] + (right ? 14 : -14), xy[1] + 4, right ? "start" : "end",
              esc(nameOf.apply(p))));
    }
    int ly = 16;
    for (Map.Entry<PartyId, String> e : partyColours.entrySet()) {
      h.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"14\" cy=\"%d\" r=\"5\" fill=\"%s\"/>"
                  + "<text x=\"24\" y=\"%d\" font-size=\"11\">%s</text>\n",
              ly, e.getValue(), ly + 4, esc(e.getKey().value())));
      ly += 16;
    }
    if (noParty) {
      h.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"14\" cy=\"%d\" r=\"5\" fill=\"%s\"/>"
                  + "<text x=\"24\" y=\"%d\" font-size=\"11\">no party</text>\n",
              ly, NO_PARTY, ly + 4));
    }
    h.append("</svg>\n");
  }

  private void table(StringBuilder h, List<Row> rows) {
    h.append("<table id=\"meetings\">\n<thead><tr><th>Date</th><th>Kind</th><th>Participants</th>")
        .append("<th>Place</th><th>Parties</th><th>Article</th><th>Evidence</th></tr></thead>\n")
        .append("<tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      Meeting m = rows.get(i).meeting;
      h.append("<tr class=\"meeting\"><td class=\"date\">")
          .append(m.date().map(PartialDate::toString).orElse("undated"))
          .append("</td><td>")
          .append(m.kind())
          .append("</td><td>");
      List<String> names = new ArrayList<>();
      for (Participant p : m.participants()) {
        names.add(nameOf.apply(p.person()) + p.title().map(t -> " (" + t + ")").orElse(""));
      }
      h.append(esc(String.join("; ", names)))
          .append("</td><td>")
          .append(esc(m.place().map(p -> p.city().map(c -> c + ", ").orElse("") + p.country()).orElse("")))
          .append("</td><td>")
          .append(esc(String.join(", ", m.parties().stream().map(PartyId::value).toArray(String[]::new))))
          .append("</td><td class=\"article\">");
      Article article = rows.get(i).article;
      Optional<String> link = article.url().filter(HtmlReport::isWebLink);
      if (link.isPresent()) {
        // only an http(s) URL is a link; any other (javascript:, data:, file:) stays plain text
        h.append("<a class=\"source\" href=\"")
            .append(esc(link.get()))
            .append("\" rel=\"noopener noreferrer nofollow\">")
            .append(esc(article.id()))
            .append("</a>");
      } else {
        h.append(esc(article.id()));
      }
      h.append("</td><td class=\"evidence\"><a href=\"#evidence-")
          .append(i + 1)
          .append("\">sentence ")
          .append(i + 1)
          .append("</a></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /**
   * Whether {@code url} may be a link: an absolute {@code http} or {@code https} URL with a host,
   * without white space, control characters or characters XML forbids. Anything else ({@code
   * javascript:}, {@code data:}, {@code file:}, a relative path) is shown as text only.
   */
  static boolean isWebLink(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == 0x7F || Character.isWhitespace(c) || Character.isSpaceChar(c)
          || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        return false;
      }
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return false;
    }
    try {
      java.net.URI uri = new java.net.URI(url);
      return uri.getHost() != null
          && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /**
   * Escapes text for XML content and attribute values. Characters XML 1.0 forbids (controls, lone
   * surrogates, U+FFFE and U+FFFF) become U+FFFD, so the page always parses.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
        continue;
      }
      if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        b.append('\uFFFD');
        continue;
      }
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        default:
          // Characters XML 1.0 forbids are replaced, so the page always parses.
          b.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }
}

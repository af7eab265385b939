package io.github.vnru.parser.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.vnru.extract.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Internal: the word lists of the layout rules, read once from {@code lexicon/*.txt} next to this
 * class (see the README there): one entry a line, {@code #} comments, lower case.
 */
final class Lexicon {
  /** Headings after which the rest of the page is junk; folded. */
  static final Set<String> SECTION_MARKERS = folded("section-markers.txt");
  /** Page-junk lines on their own; folded. */
  static final Set<String> JUNK = folded("junk.txt");
  /** The first words of {@link #JUNK}'s labels; folded. */
  static final Set<String> JUNK_FIRST_WORDS = JUNK.stream().map(l -> l.split(" ", 2)[0])
      .collect(Collectors.toUnmodifiableSet());
  /**
   * A prompt to follow the site, as its start and end around the site's name, folded, with the
   * spaces that part them from the name ({@code "theo doi "}, {@code " tren google news"}).
   */
  static final List<String[]> FOLLOW_PROMPTS = folded("follow-prompts.txt").stream()
      .map(p -> p.split("\\|", 2)).filter(p -> p.length == 2)
      .map(p -> new String[] {p[0] + " ", " " + p[1]}).toList();
  /** Labels ending in a colon whose value is the next line ({@code Тема:}); folded. */
  static final Set<String> TAG_LABELS = folded("tag-labels.txt");
  /** A reader poll's heading, above its question ({@code Голосование}); folded. */
  static final Set<String> POLL_LABELS = folded("poll-labels.txt");
  /** How a photo credit starts; lower case. */
  static final List<String> PHOTO_CREDIT_PREFIXES = lower("photo-credit-prefixes.txt");
  /** Agency photo credits inside a caption; lower case. */
  static final List<String> PHOTO_MARKERS = lower("photo-markers.txt");
  /** {@link #PHOTO_MARKERS}, searched for in a text as if lower-cased. */
  static final LoweredSearch PHOTO_MARKER_SEARCH = new LoweredSearch(PHOTO_MARKERS);
  /** A picture's alt text glued between blocks, before its number ({@code hinh anh 1}). */
  static final List<String> IMAGE_LABELS = lower("image-labels.txt");
  /** {@link #IMAGE_LABELS}, searched for in a text as if lower-cased. */
  static final LoweredSearch IMAGE_LABEL_SEARCH = new LoweredSearch(IMAGE_LABELS);
  /** A person's place in a picture; lower case. */
  static final List<String> PHOTO_POSITIONS = lower("photo-positions.txt");
  /** How a newspaper's issue number starts; lower case. */
  static final List<String> ISSUE_MARKS = lower("issue-marks.txt");

  /** How a line stating the published date starts ({@code Published:}). */
  static final List<String> DATE_LABELS = lower("date-labels.txt");
  /** News agencies; lower case. */
  static final Set<String> AGENCIES = Collections.unmodifiableSet(
      new LinkedHashSet<>(lower("agencies.txt")));
  /** How a wire byline starts; lower case. */
  static final List<String> WIRE_CREDITS = lower("wire-credits.txt");
  /** Short words that vote for a language when guessing one; lower case. */
  static final Set<String> FUNCTION_WORDS_EN = Set.copyOf(lower("function-words-en.txt"));
  static final Set<String> FUNCTION_WORDS_VI = Set.copyOf(lower("function-words-vi.txt"));
  static final Set<String> FUNCTION_WORDS_RU = Set.copyOf(lower("function-words-ru.txt"));
  /** Abbreviations whose full stop ends no sentence; lower case. */
  static final Set<String> ABBREVIATIONS = Set.copyOf(lower("abbreviations.txt"));
  /** Sites whose pages each record one official event under its date; lower case. */
  static final List<String> EVENT_PAGES = lower("event-pages.txt");
  /** Phrases ending a stored excerpt; lower case. */
  static final List<String> END_MARKS = lower("end-marks.txt");
  /** How a site's notice to its readers starts (a cookie banner); lower case. */
  static final Openers SITE_NOTICES = new Openers(lower("site-notices.txt"));
  /** How a forum member's profile line starts ({@code Зарегистрирован:}). */
  static final Openers MEMBER_LABELS = new Openers(lower("member-labels.txt"));
  /** The first labels of breadcrumbs ("Главная", "Home"); lower case. */
  static final Openers BREADCRUMB_ROOTS = new Openers(lower("breadcrumb-roots.txt"));
  /** Words that stand for a breadcrumb's separator ("arrow"); lower case. */
  static final List<String> BREADCRUMB_SEPARATORS = lower("breadcrumb-separators.txt");
  /** Words that make the dash before them a copula ("— это"); lower case. */
  static final Set<String> COPULAS = Set.copyOf(lower("copulas.txt"));
  /** The words a short byline line opens with ("Theo", "By", "Написал"); lower case. */
  static final List<String> BYLINES = lower("bylines.txt");
  /** Site names that end the titles of links and pictures after a dash; lower case. */
  static final List<String> LINK_TITLE_SITES = lower("link-title-sites.txt");

  private Lexicon() {}

  private static List<String> lower(String name) {
    List<String> out = new ArrayList<>();
    for (String line : read(name)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableList(out);
  }

  private static Set<String> folded(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : read(name)) {
      out.add(Folding.fold(line.toLowerCase(Locale.ROOT)));
    }
    return Collections.unmodifiableSet(out);
  }

  private static List<String> read(String name) {
    String path = "lexicon/" + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code host} is one of the event-page sites or a subdomain of one. */
  static boolean isEventPage(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return EVENT_PAGES.stream().anyMatch(s -> h.equals(s) || h.endsWith("." + s));
  }

  /**
   * {@code containsAny(text.toLowerCase(Locale.ROOT), entries)} without lowering a copy, for
   * entries in ASCII lower case: every line is asked, and most contain none. Each char is lowered
   * alone, which is what the copy holds except for U+0130 (lowered to two chars): a text with one
   * takes the copy. Made once per list of entries. Immutable.
   */
  static final class LoweredSearch {
    private final List<String> entries;
    /** Whether every entry is ASCII and not empty; else each text takes the copy. */
    private final boolean ascii;
    /** The entries' first chars, each once, and per first char the entries that start with it. */
    private final char[] firsts;
    private final String[][] byFirst;
    /** Per first char, the length of the shortest entry that starts with it. */
    private final int[] shortest;

    LoweredSearch(List<String> entries) {
      this.entries = List.copyOf(entries);
      this.ascii = allAscii(entries);
      Map<Character, List<String>> byFirst = new LinkedHashMap<>();
      if (ascii) {
        for (String e : entries) {
          byFirst.computeIfAbsent(e.charAt(0), c -> new ArrayList<>()).add(e);
        }
      }
      this.firsts = new char[byFirst.size()];
      this.byFirst = new String[byFirst.size()][];
      this.shortest = new int[byFirst.size()];
      int k = 0;
      for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
        firsts[k] = e.getKey();
        this.byFirst[k] = e.getValue().toArray(new String[0]);
        shortest[k++] = e.getValue().stream().mapToInt(String::length).min().getAsInt();
      }
    }

    /** Whether {@code text} lower-cased contains one of the entries. */
    boolean in(String text) {
      if (!ascii || text.indexOf('\u0130') >= 0) {
        return containsAny(text.toLowerCase(Locale.ROOT), entries);
      }
      for (int f = 0; f < firsts.length; f++) {
        String[] starting = byFirst[f];
        // where an entry may start: each char that lowers to its first (found by indexOf, which
        // reads many chars at a time, once for all the entries that start with it), then the
        // rest compared
        for (char first : LOWERING_TO[firsts[f]]) {
          for (int i = text.indexOf(first); i >= 0 && i + shortest[f] <= text.length();
              i = text.indexOf(first, i + 1)) {
            for (String e : starting) {
              if (i + e.length() <= text.length() && loweredAt(text, i, e)) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }
  }

  private static boolean loweredAt(String text, int at, String e) {
    for (int k = 1; k < e.length(); k++) {
      if (ASCII_LOWER[text.charAt(at + k)] != e.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Entries a text is asked to open with, compared as {@link String#regionMatches(boolean, int,
   * String, int, int)} ignoring case compares: grouped by their first char, so a text is compared
   * only with the entries its own first char may start (every line of a page is asked, and most
   * open with none). Immutable.
   */
  static final class Openers {
    /** Open addressing over the first chars' case keys ({@link #caseKey}); 0 marks a free slot. */
    private final char[] keys;
    /** Per slot, the entries whose first char has its key, in list order. */
    private final String[][] groups;
    private static final String[] NONE = {};

    Openers(List<String> entries) {
      Map<Character, List<String>> byKey = new LinkedHashMap<>();
      for (String e : entries) {
        byKey.computeIfAbsent(caseKey(e.charAt(0)), k -> new ArrayList<>()).add(e);
      }
      int size = Integer.highestOneBit(Math.max(1, byKey.size()) * 4);
      keys = new char[size];
      groups = new String[size][];
      for (Map.Entry<Character, List<String>> g : byKey.entrySet()) {
        int slot = g.getKey() & (size - 1);
        while (keys[slot] != 0) {
          slot = (slot + 1) & (size - 1);
        }
        keys[slot] = g.getKey();
        groups[slot] = g.getValue().toArray(new String[0]);
      }
    }

    /**
     * The entries, in list order, that a text opening with {@code c} may open with: all those it
     * may, ignoring case, as {@code regionMatches} lowers the upper case of both chars.
     */
    String[] startingLike(char c) {
      char k = caseKey(c);
      int mask = keys.length - 1;
      for (int slot = k & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
        if (keys[slot] == k) {
          return groups[slot];
        }
      }
      return NONE;
    }

    /** Two chars are equal ignoring case, as regionMatches tells, when their keys are. */
    private static char caseKey(char c) {
      return Character.toLowerCase(Character.toUpperCase(c));
    }
  }

  /** Per char, {@link Character#toLowerCase(char)} of it if that is ASCII, else 0. */
  private static final char[] ASCII_LOWER = asciiLower();

  private static char[] asciiLower() {
    char[] out = new char[Character.MAX_VALUE + 1];
    for (int c = 1; c <= Character.MAX_VALUE; c++) {
      char l = Character.toLowerCase((char) c);
      out[c] = l < 0x80 ? l : 0;
    }
    return out;
  }

  /** Per ASCII char, the chars {@link #ASCII_LOWER} lowers to it ({@code k}: k, K and U+212A). */
  private static final char[][] LOWERING_TO = loweringTo();

  private static char[][] loweringTo() {
    StringBuilder[] chars = new StringBuilder[0x80];
    for (int a = 0; a < 0x80; a++) {
      chars[a] = new StringBuilder();
    }
    for (int c = 1; c <= Character.MAX_VALUE; c++) {
      if (ASCII_LOWER[c] != 0) {
        chars[ASCII_LOWER[c]].append((char) c);
      }
    }
    char[][] out = new char[0x80][];
    for (int a = 0; a < 0x80; a++) {
      out[a] = chars[a].toString().toCharArray();
    }
    return out;
  }

  private static boolean allAscii(List<String> entries) {
    for (String e : entries) {
      if (e.isEmpty()) {
        return false;
      }
      for (int i = 0; i < e.length(); i++) {
        if (e.charAt(i) >= 0x80) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether lower-cased {@code lower} contains one of {@code entries}. */
  static boolean containsAny(String lower, List<String> entries) {
    for (String e : entries) {
      if (lower.contains(e)) {
        return true;
      }
    }
    return false;
  }
}

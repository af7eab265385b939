package io.github.vnru.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vnru.extract.internal.AhoCorasick;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.TitleEntry;
import io.github.vnru.model.Party;
import io.github.vnru.model.Person;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap first pass for web-scale input: whether raw article text names a Vietnamese or Russian
 * person, party or place of the registry, found in one automaton pass over the text, without
 * parsing it. Immutable and thread-safe.
 *
 * <p>The gate lets through every article in which the full parser could find a mention of such a
 * person, party or place: it searches the same spellings, folded the same way (case, diacritics,
 * NFD or NFC, typographic apostrophes), with the parser's own word-boundary, case and
 * capitalisation rules, only more leniently (line breaks and runs of white space count as one
 * space; credits, captions and page junk are searched too). Short forms that the parser accepts
 * only next to a full name ({@code Trọng}, {@code Lâm}) are not searched: the full name is.
 * Titles tied to Vietnam or Russia ({@code Chủ tịch nước}) are searched, since a person the
 * registry does not list is recognised by such a title.
 *
 * <pre>{@code
 * RelevanceGate gate = RelevanceGate.of(Registry.defaults());
 * if (gate.test(Files.readAllBytes(file))) { ... parse it ... }
 * }</pre>
 */
public final class RelevanceGate {
  /** The countries whose persons, parties and places make an article relevant by default. */
  public static final Set<String> DEFAULT_COUNTRIES = Set.of("VN", "RU", "SU");

  private static volatile RelevanceGate defaults;

  private final AhoCorasick<Pattern> automaton;
  private final Set<String> countries;

  /** One searched spelling and how the parser would accept it. */
  private record Pattern(String alias, boolean exactCase, boolean capitalised) {}

  private RelevanceGate(AhoCorasick<Pattern> automaton, Set<String> countries) {
    this.automaton = automaton;
    this.countries = countries;
  }

  /** The gate over the built-in registry and {@link #DEFAULT_COUNTRIES}, built once. */
  public static RelevanceGate defaults() {
    RelevanceGate g = defaults;
    if (g == null) {
      synchronized (RelevanceGate.class) {
        g = defaults;
        if (g == null) {
          g = of(Registry.defaults());
          defaults = g;
        }
      }
    }
    return g;
  }

  /** The gate over {@code registry}'s Vietnamese, Russian and Soviet entries. */
  public static RelevanceGate of(Registry registry) {
    return of(registry, DEFAULT_COUNTRIES);
  }

  /**
   * The gate over the persons, parties, places and titles of {@code registry} that belong to one
   * of {@code countries} (ISO codes such as {@code VN}); persons without a country are searched
   * too, since a user registered them.
   */
  public static RelevanceGate of(Registry registry, Set<String> countries) {
    checkNotNull(registry, "registry");
    Set<String> cs = Set.copyOf(checkNotNull(countries, "countries"));
    Lexicon lexicon = registry.lexicon();
    AhoCorasick.Builder<Pattern> b = AhoCorasick.builder();
    Set<String> partiesIn = new LinkedHashSet<>();
    for (Party p : lexicon.parties().values()) {
      if (!cs.contains(p.country())) {
        continue;
      }
      partiesIn.add(p.id().value());
      Set<String> spellings = new LinkedHashSet<>(p.names().values());
      spellings.addAll(p.aliases());
      for (String s : spellings) {
        add(b, s, false);
      }
      for (String s : p.abbreviations()) {
        add(b, s, true);
      }
    }
    for (Person p : lexicon.persons().values()) {
      if (p.country().isPresent() && !cs.contains(p.country().get())) {
        continue;
      }
      // Only spellings of at least the full name's number of words: a Vietnamese short form
      // ('Trọng') counts for the parser only where the full name is in the article too.
      boolean vietnamese = p.country().map("VN"::equals).orElse(false);
      int fullWords = Chars.words(p.name());
      for (String alias : lexicon.spellings(p)) {
        if (!vietnamese || Chars.words(alias) >= fullWords) {
          add(b, alias, false);
        }
      }
    }
    for (PlaceEntry pl : lexicon.places()) {
      if (!cs.contains(pl.country())) {
        continue;
      }
      Set<String> spellings = new LinkedHashSet<>(pl.aliases());
      spellings.add(pl.name());
      for (String s : spellings) {
        add(b, s, s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT)));
      }
    }
    for (TitleEntry t : lexicon.titles()) {
      String of = t.of().orElse(null);
      if (of != null && (cs.contains(of) || partiesIn.contains(of))) {
        for (String s : t.aliases()) {
          String a = s.strip();
          if (!a.isEmpty()) {
            boolean exact = a.length() <= 3 && a.equals(a.toUpperCase(Locale.ROOT));
            b.add(Lexicon.fold(a), new Pattern(a, exact, false));
          }
        }
      }
    }
    return new RelevanceGate(b.build(), cs);
  }

  private static void add(AhoCorasick.Builder<Pattern> b, String alias, boolean exactCase) {
    String a = alias.strip();
    if (a.isEmpty()) {
      return;
    }
    b.add(Lexicon.fold(a), new Pattern(a, exactCase, Character.isUpperCase(a.charAt(0))));
  }

  /** The countries this gate searches for. */
  public Set<String> countries() {
    return countries;
  }

  /** The number of spellings searched. */
  public int size() {
    return automaton.size();
  }

  /**
   * Whether raw article bytes may be relevant. The bytes are decoded as UTF-8 leniently (a file
   * that is not UTF-8 is the parser's to reject); never throws on any input.
   */
  public boolean test(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    return test(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Whether article text (raw or normalised, NFC or NFD) may be relevant. Never throws. */
  public boolean test(CharSequence text) {
    checkNotNull(text, "text");
    int n = text.length();
    // The text as the parser would fold it, combining marks dropped (so NFD folds as NFC does)
    // and white space runs as one space; orig keeps the unfolded chars for the case rules.
    char[] orig = new char[n];
    char[] folded = new char[n];
    int m = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && c <= '\u036f') {
        continue;
      }
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0' || c == '\u202f'
          || c == '\f' || c == 0x0B) {
        if (space) {
          continue;
        }
        space = true;
        orig[m] = ' ';
        folded[m++] = ' ';
        continue;
      }
      space = false;
      orig[m] = c;
      folded[m++] = c;
    }
    String f = Lexicon.fold(new String(folded, 0, m));
    for (AhoCorasick.Match<Pattern> match : automaton.findAll(f)) {
      if (accepts(orig, m, match)) {
        return true;
      }
    }
    return false;
  }

  private static boolean accepts(char[] orig, int n, AhoCorasick.Match<Pattern> match) {
    int a = match.start();
    int b = match.end();
    // the parser's word boundary (MentionFinder.boundary)
    if (a > 0 && Character.isLetterOrDigit(orig[a - 1])) {
      return false;
    }
    if (b < n && Character.isLetterOrDigit(orig[b]) && Character.isLetterOrDigit(orig[b - 1])) {
      return false;
    }
    Pattern p = match.payload();
    if (p.capitalised() && !Character.isUpperCase(orig[a])) {
      return false;
    }
    if (p.exactCase()) {
      String s = new String(orig, a, b - a);
      // combining marks were dropped from orig: a non-ASCII alias ('ĐCS VN') is let through
      return !isAscii(p.alias()) || s.equals(p.alias());
    }
    return true;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "RelevanceGate" + List.of(countries.stream().sorted().toList(), size() + " spellings");
  }
}

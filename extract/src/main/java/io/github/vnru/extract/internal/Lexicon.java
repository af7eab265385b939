package io.github.vnru.extract.internal;

import io.github.vnru.extract.Folding;
import io.github.vnru.model.Party;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Position;
import io.github.vnru.model.Tenure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry compiled for search: one automaton over the folded spellings of every person,
 * party, place and title. Immutable and thread-safe.
 */
public final class Lexicon {
  private final Map<PersonId, Person> persons;
  private final Map<PartyId, Party> parties;
  private final List<PlaceEntry> places;
  private final List<TitleEntry> titles;
  private final AhoCorasick<Term> automaton;
  /** Registered persons by folded spelling, in registry order, each once per spelling. */
  private final Map<String, List<Person>> personsBySpelling = new HashMap<>();
  /** Registered persons by id text. */
  private final Map<String, Person> personsById = new HashMap<>();
  /** Registry order of each person, by id text. */
  private final Map<String, Integer> personOrder = new HashMap<>();
  /** The year after the last year the registry records, for "now" without a clock. */
  private final int horizonYear;
  /** Registered persons by {@code role + '\0' + of} of any of their positions, registry order. */
  private final Map<String, List<Person>> holders = new HashMap<>();

  /** Compiles the given entries; the maps are kept as given. */
  public Lexicon(
      Map<PersonId, Person> persons,
      Map<PartyId, Party> parties,
      List<PlaceEntry> places,
      List<TitleEntry> titles) {
    this.persons = Collections.unmodifiableMap(persons);
    this.parties = Collections.unmodifiableMap(parties);
    this.places = List.copyOf(places);
    this.titles = List.copyOf(titles);
    AhoCorasick.Builder<Term> b = AhoCorasick.builder();
    for (Person p : persons.values()) {
      int fullWords = words(p.name());
      for (String alias : personSpellings(p)) {
        boolean contextual =
            p.country().map("VN"::equals).orElse(false) && words(alias) < fullWords;
        add(b, Term.TermKind.PERSON, p.id().value(), alias, false, contextual, p);
      }
    }
    for (Party p : parties.values()) {
      Set<String> spellings = new LinkedHashSet<>(p.names().values());
      spellings.addAll(p.aliases());
      for (String s : spellings) {
        add(b, Term.TermKind.PARTY, p.id().value(), s, false, false, p);
      }
      for (String s : p.abbreviations()) {
        add(b, Term.TermKind.PARTY, p.id().value(), s, true, false, p);
      }
    }
    for (PlaceEntry pl : places) {
      Term.TermKind kind = pl.isInstitution() ? Term.TermKind.INSTITUTION : Term.TermKind.PLACE;
      Set<String> spellings = new LinkedHashSet<>(pl.aliases());
      spellings.add(pl.name());
      for (String s : spellings) {
        boolean exact = s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT));
        add(b, kind, pl.name(), s, exact, false, pl);
      }
    }
    for (TitleEntry t : titles) {
      for (String s : t.aliases()) {
        boolean exact = s.length() <= 3 && s.equals(s.toUpperCase(Locale.ROOT));
        boolean single = words(s) == 1 && s.indexOf('-') < 0;
        b.add(fold(s), new Term(Term.TermKind.TITLE, t.role(), s, exact, false, single, false, t));
      }
    }
    this.automaton = b.build();
    // Indexes, so per-mention look-ups do not walk the whole registry.
    int index = 0;
    int lastYear = Integer.MIN_VALUE;
    for (Person p : persons.values()) {
      for (Tenure t : p.positions()) {
        lastYear = Math.max(lastYear, Math.max(t.from().orElse(lastYear), t.to().orElse(lastYear)));
      }
      for (Tenure t : p.memberships()) {
        lastYear = Math.max(lastYear, Math.max(t.from().orElse(lastYear), t.to().orElse(lastYear)));
      }
      String id = p.id().value();
      personsById.putIfAbsent(id, p);
      personOrder.putIfAbsent(id, index++);
      Set<String> folded = new LinkedHashSet<>();
      for (String a : personSpellings(p)) {
        folded.add(fold(a));
      }
      for (String f : folded) {
        personsBySpelling.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
      }
      Set<String> roles = new LinkedHashSet<>();
      for (Position x : p.positions()) {
        roles.add(x.role() + '\0' + x.of());
      }
      for (String r : roles) {
        holders.computeIfAbsent(r, k -> new ArrayList<>()).add(p);
      }
    }
    this.horizonYear = lastYear == Integer.MIN_VALUE ? 1900 : lastYear + 1;
  }

  /**
   * The first year after every year the registry records (a start, an end of an office or a
   * membership). Every recorded tenure has ended by then or is still open, as it is today, so it
   * stands for "now" without reading the clock: a parse gives the same result every year.
   */
  public int horizonYear() {
    return horizonYear;
  }

  private static void add(
      AhoCorasick.Builder<Term> b,
      Term.TermKind kind,
      String id,
      String alias,
      boolean exactCase,
      boolean contextual,
      Object ref) {
    String a = alias.strip();
    if (a.isEmpty()) {
      return;
    }
    boolean single = words(a) == 1 && a.indexOf('-') < 0;
    boolean cap = Character.isUpperCase(a.charAt(0));
    b.add(fold(a), new Term(kind, id, a, exactCase, contextual, single, cap, ref));
  }

  /** Every spelling of a person: name, names by language, aliases. */
  public static Set<String> personSpellings(Person p) {
    Set<String> s = new LinkedHashSet<>();
    s.add(p.name());
    s.addAll(p.names().values());
    s.addAll(p.aliases());
    return s;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /**
   * Folds for matching: {@link Folding} plus typographic apostrophes and hyphens to ASCII and
   * non-breaking spaces to spaces, one char per char.
   */
  public static String fold(CharSequence text) {
    char[] out = Folding.fold(text).toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`') {
        out[i] = '\'';
      } else if (c == '\u2010' || c == '\u2011') {
        out[i] = '-';
      } else if (c == '\u00a0' || c == '\u202f' || c == '\t') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  /** Every term occurrence in already {@link #fold folded} text. */
  public List<AhoCorasick.Match<Term>> scan(String folded) {
    return automaton.findAll(folded);
  }

  /** Persons by id. */
  public Map<PersonId, Person> persons() {
    return persons;
  }

  /** Parties by id. */
  public Map<PartyId, Party> parties() {
    return parties;
  }

  /** Places, in registry order. */
  public List<PlaceEntry> places() {
    return places;
  }

  /** Titles, in registry order. */
  public List<TitleEntry> titles() {
    return titles;
  }

  /** The place whose name or alias folds to the same text as {@code text}. */
  public Optional<PlaceEntry> place(String text) {
    String f = fold(text.strip());
    for (PlaceEntry p : places) {
      if (p.isInstitution()) {
        continue;
      }
      if (fold(p.name()).equals(f)) {
        return Optional.of(p);
      }
      for (String a : p.aliases()) {
        if (fold(a).equals(f)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The registered persons some spelling of whom folds to the same text as {@code alias}. */
  public List<Person> findPersons(String alias) {
    String f = fold(alias.strip());
    return findPersonsFolded(f, true);
  }

  /**
   * The registered persons some spelling of whom folds to {@code folded}, in registry order; with
   * {@code byId}, also the person whose id is {@code folded} with spaces as hyphens.
   */
  public List<Person> findPersonsFolded(String folded, boolean byId) {
    List<Person> bySpelling = personsBySpelling.getOrDefault(folded, List.of());
    Person idMatch = byId ? personsById.get(folded.replace(' ', '-')) : null;
    if (idMatch == null || bySpelling.contains(idMatch)) {
      return new ArrayList<>(bySpelling);
    }
    List<Person> out = new ArrayList<>(bySpelling.size() + 1);
    int at = personOrder.get(idMatch.id().value());
    boolean placed = false;
    for (Person p : bySpelling) {
      if (!placed && personOrder.get(p.id().value()) > at) {
        out.add(idMatch);
        placed = true;
      }
      out.add(p);
    }
    if (!placed) {
      out.add(idMatch);
    }
    return out;
  }

  /** The registered persons holding, at any time, {@code role} of {@code of}; registry order. */
  public List<Person> holders(String role, String of) {
    return holders.getOrDefault(role + '\0' + of, List.of());
  }
}

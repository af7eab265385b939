package io.github.vnru.extract;

import io.github.vnru.extract.internal.AhoCorasick;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.Term;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.extract.internal.TitleEntry;
import io.github.vnru.model.Language;
import io.github.vnru.model.Party;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the persons, parties, places and titles of one article, sentence by sentence, in the
 * folded text, longest match first on word boundaries, and resolves short forms and titles by
 * context. One instance per article; not thread-safe.
 */
final class MentionFinder {
  /** One thing found in a sentence; offsets are local to the sentence. */
  static final class Item {
    final TermKind kind;
    String id;
    final int start;
    final int end;
    final Term term;
    /** For a person: the title before the name, as written, if any. */
    String title;
    /** For a title: the organisation its qualifier names (country code or party id). */
    String org;
    /** For a title: the end of its qualifiers. */
    int qualifiedEnd;
    /** For a title: whether a person's name follows it. */
    boolean attached;
    /** For a person: where the title phrase before it starts. */
    int phraseStart;
    boolean emitted = true;

    Item(TermKind kind, String id, int start, int end, Term term) {
      this.kind = kind;
      this.id = id;
      this.start = start;
      this.end = end;
      this.term = term;
      this.qualifiedEnd = end;
      this.phraseStart = start;
    }

    @Override
    public String toString() {
      return kind + ":" + id + "@" + start + "-" + end;
    }
  }

  /** A sentence with what was found in it. */
  static final class Scanned {
    final Sentence sentence;
    final SegmentKind segment;
    final int order;
    final List<Item> items = new ArrayList<>();

    Scanned(Sentence sentence, SegmentKind segment, int order) {
      this.sentence = sentence;
      this.segment = segment;
      this.order = order;
    }

    String text() {
      return sentence.text();
    }
  }

  private static final Pattern NOT_ID_CHARS = Pattern.compile("[^a-z0-9-]");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
  private static final Pattern HYPHEN_RUNS = Pattern.compile("-+");
  private static final Pattern ID_TEXT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final Lexicon lexicon;
  private final Language language;
  private final MentionWords words;
  private final OptionalInt articleYear;
  private final List<Scanned> sentences = new ArrayList<>();
  /** Registered persons named in full anywhere in the article, by id: their global positions. */
  private final Map<String, Positions> fullMentions = new HashMap<>();
  /** Pass 1's candidates per sentence, reused by pass 2 so each sentence is scanned once. */
  private final List<List<Cand>> allCandidates = new ArrayList<>();
  /** Per unlisted person: a compiled pattern for its surname, made once. */
  private final Map<PersonId, Pattern> surnamePatterns = new HashMap<>();
  private final Map<PersonId, Person> unlisted = new LinkedHashMap<>();
  private final Map<PersonId, String> unlistedSurnames = new LinkedHashMap<>();

  MentionFinder(Lexicon lexicon, ExtractionInput input) {
    this.lexicon = lexicon;
    this.language = input.language();
    this.words = MentionWords.of(language);
    int order = 0;
    for (Segment seg : input.segments()) {
      List<Sentence> ss = seg.sentences();
      if (ss.isEmpty() && !seg.text().isBlank()) {
        ss = List.of(new Sentence(seg.start(), seg.text(), List.of()));
      }
      for (Sentence s : ss) {
        sentences.add(new Scanned(s, seg.kind(), order++));
      }
    }
    OptionalInt year = OptionalInt.empty();
    if (input.publishedDate().isPresent()) {
      year = OptionalInt.of(input.publishedDate().get().getYear());
    } else {
      outer:
      for (Scanned s : sentences) {
        for (DateMention d : s.sentence.dates()) {
          if (d.date().year().isPresent()) {
            year = d.date().year();
            break outer;
          }
        }
      }
    }
    this.articleYear = year;
  }

  List<Scanned> sentences() {
    return sentences;
  }

  OptionalInt articleYear() {
    return articleYear;
  }

  Map<PersonId, Person> unlisted() {
    return unlisted;
  }

  /** Ids made once per article: each {@link PersonId#of} validates its text. */
  private final Map<String, PersonId> personIds = new HashMap<>();

  Optional<Person> person(String id) {
    PersonId pid = personIds.computeIfAbsent(id, PersonId::of);
    Person p = lexicon.persons().get(pid);
    return p != null ? Optional.of(p) : Optional.ofNullable(unlisted.get(pid));
  }

  /** Runs both passes over every sentence. */
  void run() {
    // Pass 1: full mentions of registered persons, to license short forms.
    for (Scanned s : sentences) {
      List<Cand> all = candidates(s);
      allCandidates.add(all);
      for (Item it : select(s, withoutContextual(all))) {
        if (it.kind == TermKind.PERSON) {
          fullMentions.computeIfAbsent(it.id, k -> new Positions()).add(s.sentence.start() + it.start);
        }
      }
    }
    // Pass 2: everything, in order, with context.
    Recent recentPersons = new Recent();
    RecentParties recentParties = new RecentParties();
    for (int si = 0; si < sentences.size(); si++) {
      Scanned s = sentences.get(si);
      List<Item> items = select(s, allCandidates.get(si));
      allCandidates.set(si, null);
      resolveContextual(s, items);
      addNationalParty(s, items, recentParties);
      addBareParty(s, items);
      items.sort(Comparator.comparingInt((Item i) -> i.start));
      resolveTitles(s, items, recentPersons, recentParties);
      findUnlisted(s, items);
      findUnlistedBeforeTitles(s, items);
      addUnlistedSurnames(s, items);
      items.sort(Comparator.comparingInt((Item i) -> i.start));
      blockInstitutions(s, items);
      s.items.addAll(items);
      for (Item it : items) {
        if (it.kind == TermKind.PERSON && it.emitted) {
          recentPersons.add(it.id);
        } else if (it.kind == TermKind.PARTY) {
          recentParties.add(it.id);
        }
      }
    }
  }

  /** Sorted positions of one person's full mentions. */
  private static final class Positions {
    int[] at = new int[4];
    int size;

    void add(int p) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      int i = size;
      // Sentences come in text order, so this is almost always an append.
      while (i > 0 && at[i - 1] > p) {
        at[i] = at[i - 1];
        i--;
      }
      at[i] = p;
      size++;
    }

    /** The smallest distance as {@link #nearest} counts it, or {@code Integer.MAX_VALUE}. */
    int distance(int pos) {
      // the last position <= pos, else the first after it
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (at[mid] <= pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int best = Integer.MAX_VALUE;
      if (lo > 0) {
        best = pos - at[lo - 1];
      }
      if (lo < size) {
        best = Math.min(best, (at[lo] - pos) + 1_000_000);
      }
      return best;
    }
  }

  /** The persons named so far; answers "the latest who ever held this role" in O(1). */
  private final class Recent {
    private final Map<String, String> lastByRole = new HashMap<>();

    void add(String id) {
      Optional<Person> p = person(id);
      if (p.isPresent()) {
        for (Position x : p.get().positions()) {
          lastByRole.put(x.role(), id);
        }
      }
    }

    String lastWithRole(String role) {
      return lastByRole.get(role);
    }
  }

  /** The parties named so far; the latest other than CPV, and the latest of each country. */
  private final class RecentParties {
    String lastNotCpv;
    private final Map<String, String> lastByCountry = new HashMap<>();

    void add(String id) {
      if (!"CPV".equals(id)) {
        lastNotCpv = id;
      }
      Party p = lexicon.parties().get(io.github.vnru.model.PartyId.of(id));
      if (p != null) {
        lastByCountry.put(p.country(), p.id().value());
      }
    }
  }

  private record Cand(int start, int end, List<Term> terms) {}

  private static List<Cand> withoutContextual(List<Cand> all) {
    List<Cand> out = new ArrayList<>(all.size());
    for (Cand c : all) {
      List<Term> terms = c.terms;
      for (Term t : c.terms) {
        if (t.contextual()) {
          terms = new ArrayList<>();
          for (Term u : c.terms) {
            if (!u.contextual()) {
              terms.add(u);
            }
          }
          break;
        }
      }
      if (!terms.isEmpty()) {
        out.add(terms == c.terms ? c : new Cand(c.start, c.end, terms));
      }
    }
    return out;
  }

  private List<Cand> candidates(Scanned s) {
    String text = s.text();
    String folded = Lexicon.fold(text);
    boolean[] credit = new boolean[text.length()];
    // every credit starts with '('
    Matcher cm = words.credit().matcher(text.indexOf('(') < 0 ? "" : text);
    while (cm.find()) {
      for (int i = cm.start(); i < cm.end(); i++) {
        credit[i] = true;
      }
    }
    Map<Long, List<Term>> bySpan = new LinkedHashMap<>();
    for (AhoCorasick.Match<Term> m : lexicon.scan(folded)) {
      int a = m.start();
      int b = m.end();
      Term t = m.payload();
      if (!boundary(text, a, b) || credit[a]) {
        continue;
      }
      String orig = text.substring(a, b);
      if (t.exactCase() && !orig.equals(t.alias())) {
        continue;
      }
      if (t.capitalised() && !Character.isUpperCase(orig.codePointAt(0))) {
        continue;
      }
      if (t.singleWord() && !isAscii(orig) && !lower(orig).equals(lower(t.alias()))) {
        continue;
      }
      bySpan.computeIfAbsent(((long) a << 32) | b, k -> new ArrayList<>()).add(t);
    }
    // Names as the press prints them: the same persons found through their name keys.
    NameKeys.Keyed keyed = lexicon.nameKeys().key(text, folded);
    for (AhoCorasick.Match<Term> m : lexicon.scanKeys(keyed.text())) {
      if (!keyed.unitBoundaries(m.start(), m.end())) {
        continue;
      }
      int a = keyed.starts()[m.start()];
      int b = keyed.ends()[m.end() - 1];
      if (credit[a]) {
        continue;
      }
      List<Term> at = bySpan.computeIfAbsent(((long) a << 32) | b, k -> new ArrayList<>());
      if (at.stream().noneMatch(t -> t.kind() == TermKind.PERSON && t.id().equals(m.payload().id()))) {
        at.add(m.payload());
      }
    }
    List<Cand> out = new ArrayList<>();
    bySpan.forEach((k, v) -> out.add(new Cand((int) (k >>> 32), (int) (long) k, v)));
    return out;
  }

  /** Longest first, then leftmost; no overlaps. */
  private List<Item> select(Scanned s, List<Cand> cands) {
    List<Cand> sorted = new ArrayList<>(cands);
    sorted.sort(
        Comparator.comparingInt((Cand c) -> -(c.end - c.start)).thenComparingInt(c -> c.start));
    boolean[] taken = new boolean[s.text().length() + 1];
    List<Item> out = new ArrayList<>();
    for (Cand c : sorted) {
      boolean free = true;
      for (int i = c.start; i < c.end; i++) {
        if (taken[i]) {
          free = false;
          break;
        }
      }
      if (!free) {
        continue;
      }
      Term best = c.terms.get(0);
      for (Term t : c.terms) {
        if (rank(t.kind()) < rank(best.kind())) {
          best = t;
        }
      }
      Item it = new Item(best.kind(), best.id(), c.start, c.end, best);
      if (best.kind() == TermKind.PERSON) {
        // Several persons may share a spelling: prefer one named in full in the article.
        List<String> ids = c.terms.stream().filter(t -> t.kind() == TermKind.PERSON)
            .map(Term::id).distinct().toList();
        if (ids.size() > 1) {
          int pos = s.sentence.start() + c.start;
          it.id = nearest(ids, pos).orElse(ids.get(0));
        }
        if (best.contextual()) {
          it.id = null; // resolved later
        }
      }
      for (int i = c.start; i < c.end; i++) {
        taken[i] = true;
      }
      out.add(it);
    }
    return out;
  }

  private static int rank(TermKind k) {
    switch (k) {
      case INSTITUTION:
        return 0;
      case PERSON:
        return 1;
      case PARTY:
        return 2;
      case PLACE:
        return 3;
      default:
        return 4;
    }
  }

  /** The id among {@code ids} with a full mention nearest before {@code pos}, else after. */
  private Optional<String> nearest(List<String> ids, int pos) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (String id : ids) {
      Positions ps = fullMentions.get(id);
      if (ps == null) {
        continue;
      }
      int d = ps.distance(pos);
      if (d < bestDist) {
        bestDist = d;
        best = id;
      }
    }
    return Optional.ofNullable(best);
  }

  private void resolveContextual(Scanned s, List<Item> items) {
    Set<Item> drop = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean[] titleEnds = null;
    for (Item it : items) {
      if (it.kind != TermKind.PERSON || it.id != null) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      // all persons with this short form
      String f = Lexicon.fold(s.text().substring(it.start, it.end));
      for (Person p : lexicon.findPersonsFolded(f, false)) {
        ids.add(p.id().value());
      }
      Optional<String> id = nearest(ids, s.sentence.start() + it.start);
      boolean licensed = language == Language.ENGLISH;
      if (!licensed) {
        if (titleEnds == null) {
          titleEnds = new boolean[s.text().length() + 1];
          for (Item t : items) {
            if (t.kind == TermKind.TITLE) {
              titleEnds[t.end] = true;
            }
          }
        }
        licensed = titleBefore(s.text(), titleEnds, it);
      }
      if (id.isPresent() && licensed) {
        it.id = id.get();
      } else {
        drop.add(it);
      }
    }
    if (!drop.isEmpty()) {
      items.removeIf(drop::contains);
    }
  }

  /** Whether a title ends right before {@code it}, with only white space between. */
  private static boolean titleBefore(String text, boolean[] titleEnds, Item it) {
    int k = it.start;
    while (true) {
      if (titleEnds[k]) {
        return true;
      }
      if (k == 0) {
        return false;
      }
      int cp = text.codePointBefore(k);
      if (!Character.isWhitespace(cp)) {
        return false;
      }
      k -= Character.charCount(cp);
    }
  }

  private void addNationalParty(Scanned s, List<Item> items, RecentParties recentParties) {
    if (!words.mayHoldNationalParty(s.text())) {
      return;
    }
    Matcher m = words.nationalParty().matcher(s.text());
    while (m.find()) {
      String country = words.nationalPartyCountry(m.group());
      String id = recentParties.lastByCountry.get(country);
      if (id == null) {
        continue;
      }
      int a = m.start();
      int b = m.end();
      items.removeIf(i -> i.start < b && a < i.end);
      items.add(new Item(TermKind.PARTY, id, a, b, null));
    }
  }

  private void addBareParty(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    for (MentionWords.BareParty bare : words.bareParties()) {
    // find() in a loop, but the regex is tried only where its literal word occurs
    Matcher m =
        bare.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    for (int at = text.indexOf(bare.word()); at >= 0;
        at = text.indexOf(bare.word(), from)) {
      if (!m.region(at, text.length()).lookingAt()) {
        from = at + 1;
        continue;
      }
      int a = m.start();
      int b = m.end();
      from = b;
      if (covered == null) {
        covered = coverage(text, items);
      }
      if (overlaps(covered, a, b)) {
        continue;
      }
      // "Đảng Dân chủ Mỹ": a capitalised name follows, so it is some other party.
      int j = b;
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      if (j > b && j < text.length() && Character.isUpperCase(text.charAt(j))) {
        continue;
      }
      if (words.pluralBeforeParty(text, a)) {
        continue;
      }
      items.add(new Item(TermKind.PARTY, bare.party(), a, b, null));
      Arrays.fill(covered, a, b, true);
    }
    }
  }

  /** Which chars of {@code text} some item covers. */
  private static boolean[] coverage(String text, List<Item> items) {
    boolean[] covered = new boolean[text.length() + 1];
    for (Item i : items) {
      Arrays.fill(covered, i.start, i.end, true);
    }
    return covered;
  }

  private static boolean overlaps(boolean[] covered, int a, int b) {
    for (int i = a; i < b; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  private void resolveTitles(
      Scanned s, List<Item> items, Recent recentPersons, RecentParties recentParties) {
    String text = s.text();
    boolean[] starts = null;
    String lastPartyHere = null; // the last party other than CPV among items[0, k)
    for (int k = 0; k < items.size(); k++) {
      Item t = items.get(k);
      if (t.kind == TermKind.PARTY && !"CPV".equals(t.id)) {
        lastPartyHere = t.id;
      }
      if (t.kind != TermKind.TITLE) {
        continue;
      }
      TitleEntry entry = (TitleEntry) t.term.ref();
      String org = entry.of().orElse(null);
      if (words.isPartyTitle(t.term.alias())) {
        org = lastPartyHere != null ? lastPartyHere : recentParties.lastNotCpv;
      }
      // English order: "KPRF Chairman", "Russian President".
      if (k > 0) {
        Item prev = items.get(k - 1);
        if ((prev.kind == TermKind.PARTY || prev.kind == TermKind.PLACE)
            && text.substring(prev.end, t.start).isBlank()) {
          org = orgOf(prev);
          if (prev.kind == TermKind.PLACE) {
            prev.emitted = true;
          }
        }
      }
      int end = t.end;
      int next = k + 1;
      while (next < items.size()) {
        Item q = items.get(next);
        String gap = text.substring(end, q.start);
        boolean adjacent = gap.isBlank() || words.isOfGap(gap);
        if (!adjacent) {
          break;
        }
        if (q.kind == TermKind.PLACE || q.kind == TermKind.PARTY) {
          String o = orgOf(q);
          if (o != null) {
            org = o;
          }
          end = q.end;
          next++;
        } else if (q.kind == TermKind.TITLE) {
          // "Tổng Bí thư, Chủ tịch nước ..." stacked titles: leave to the next title
          break;
        } else {
          break;
        }
      }
      t.org = org;
      t.qualifiedEnd = end;
      if (next < items.size()) {
        Item q = items.get(next);
        if (q.kind == TermKind.PERSON && text.substring(end, q.start).isBlank()) {
          t.attached = true;
          q.title = text.substring(t.start, end);
          q.phraseStart = Math.min(q.phraseStart, t.start);
          // extend the phrase start over titles stacked before: "Tổng bí thư, Chủ tịch nước X"
          continue;
        }
      }
      if (entry.honorific()) {
        continue;
      }
      // Does a capitalised word follow? Then it names someone (maybe unlisted), not a stand-in.
      int j = end;
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      if (j > end && j < text.length() && Character.isUpperCase(text.charAt(j))) {
        if (starts == null) {
          // Items added below start at a title's start, which is already marked.
          starts = new boolean[text.length() + 1];
          for (Item i : items) {
            starts[i.start] = true;
          }
        }
        if (!starts[j]) {
          continue;
        }
      }
      String id = standIn(t.term.id(), org, recentPersons);
      if (id != null) {
        Item p = new Item(TermKind.PERSON, id, t.start, end, t.term);
        p.title = text.substring(t.start, end);
        items.add(k + 1, p);
        t.attached = true;
        k++;
      }
    }
    items.removeIf(i -> i.kind == TermKind.PERSON && i.id == null);
  }

  private static String orgOf(Item q) {
    if (q.kind == TermKind.PARTY) {
      return q.id;
    }
    if (q.kind == TermKind.PLACE && q.term != null && q.term.ref() instanceof PlaceEntry pe) {
      return pe.isCity() ? null : pe.country();
    }
    return null;
  }

  /** The person a title without a name stands for, through the registry's positions. */
  private String standIn(String role, String org, Recent recentPersons) {
    if (org == null) {
      return recentPersons.lastWithRole(role);
    }
    List<Person> holders = lexicon.holders(role, org);
    List<Person> named =
        holders.stream().filter(p -> fullMentions.containsKey(p.id().value())).toList();
    if (articleYear.isPresent()) {
      int y = articleYear.getAsInt();
      List<Person> atYear =
          holders.stream()
              .filter(p -> p.positions().stream()
                  .anyMatch(x -> x.role().equals(role) && x.of().equals(org) && x.heldIn(y)))
              .toList();
      if (atYear.size() == 1) {
        return atYear.get(0).id().value();
      }
      List<Person> both = atYear.stream().filter(named::contains).toList();
      if (both.size() == 1) {
        return both.get(0).id().value();
      }
    }
    if (named.size() == 1) {
      return named.get(0).id().value();
    }
    return null;
  }

  private void findUnlisted(Scanned s, List<Item> items) {
    String text = s.text();
    List<Item> added = new ArrayList<>();
    Map<Integer, Item> byStart = null;
    boolean[] covered = null;
    for (int k = 0; k < items.size(); k++) {
      Item t = items.get(k);
      if (t.kind != TermKind.TITLE || t.attached) {
        continue;
      }
      if (byStart == null) {
        // items does not change in this loop (new ones go to added), so index it once
        byStart = new HashMap<>();
        for (Item i : items) {
          byStart.putIfAbsent(i.start, i);
        }
        covered = coverage(text, items);
      }
      TitleEntry entry = (TitleEntry) t.term.ref();
      String country = null;
      String org = t.org;
      if (org != null && org.matches("[A-Z]{2}")) {
        country = org;
      } else if (org != null) {
        Party p = lexicon.parties().get(io.github.vnru.model.PartyId.of(org));
        country = p == null ? null : p.country();
      }
      int p = t.end;
      int guard = 0;
      int nameStart = -1;
      while (p < text.length() && guard++ < 14) {
        while (p < text.length() && text.charAt(p) == ' ') {
          p++;
        }
        Item h = byStart.get(p);
        if (h != null) {
          if (h.kind == TermKind.PERSON) {
            break;
          }
          if (h.kind == TermKind.PLACE || h.kind == TermKind.PARTY) {
            String o = orgOf(h);
            if (o != null) {
              country = o.matches("[A-Z]{2}") ? o : partyCountry(o, country);
            }
          }
          p = h.end;
          continue;
        }
        int e = tokenEnd(text, p);
        if (e == p) {
          break;
        }
        String tok = text.substring(p, e);
        if (Character.isUpperCase(tok.codePointAt(0)) && !titleWord(tok)) {
          nameStart = p;
          break;
        }
        if (!titleWord(tok)) {
          break;
        }
        p = e;
      }
      if (nameStart < 0) {
        continue;
      }
      List<String> tokens = new ArrayList<>();
      int q = nameStart;
      int nameEnd = nameStart;
      while (q < text.length() && tokens.size() < 5) {
        int e = tokenEnd(text, q);
        if (e == q) {
          break;
        }
        String tok = text.substring(q, e);
        if (!Character.isUpperCase(tok.codePointAt(0)) || covered[q]) {
          break;
        }
        tokens.add(tok);
        nameEnd = e;
        if (e < text.length() && text.charAt(e) == ' ' && e + 1 < text.length()
            && Character.isUpperCase(text.charAt(e + 1))) {
          q = e + 1;
        } else {
          break;
        }
      }
      if (!tokens.isEmpty()) {
        // "Nam's visit": the possessive belongs to the sentence, not to the name.
        String last = tokens.get(tokens.size() - 1);
        int cut = possessiveLength(last);
        tokens.set(tokens.size() - 1, last.substring(0, last.length() - cut));
        nameEnd -= cut;
      }
      String id =
          personFor(text.substring(nameStart, nameEnd), tokens, entry, org, country,
              text.substring(t.start, t.end));
      if (id == null) {
        continue;
      }
      Item it = new Item(TermKind.PERSON, id, nameStart, nameEnd, null);
      it.title = t.attached ? null : text.substring(t.start, t.qualifiedEnd);
      it.phraseStart = t.start;
      t.attached = true;
      added.add(it);
    }
    items.addAll(added);
  }

  /**
   * Unlisted officials named before their title: {@code Ivan Petrov, Deputy Speaker of the State
   * Duma}, {@code ông Ivan Petrov, Phó Chủ tịch …}. A title with no name after it, right after a
   * comma or dash that follows two to four capitalised words no other mention covers.
   */
  private void findUnlistedBeforeTitles(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    List<Item> added = new ArrayList<>();
    for (Item t : items) {
      if (t.kind != TermKind.TITLE || t.attached) {
        continue;
      }
      TitleEntry entry = (TitleEntry) t.term.ref();
      if (entry.honorific()) {
        continue;
      }
      int p = t.start;
      while (p > 0 && text.charAt(p - 1) == ' ') {
        p--;
      }
      if (p == 0 || ",–—".indexOf(text.charAt(p - 1)) < 0) {
        continue;
      }
      p--;
      if (covered == null) {
        covered = coverage(text, items);
      }
      List<String> tokens = new ArrayList<>();
      int nameEnd = -1;
      int nameStart = -1;
      while (tokens.size() < 5) {
        int e = p;
        while (e > 0 && text.charAt(e - 1) == ' ') {
          e--;
        }
        int a = e;
        while (a > 0) {
          char c = text.charAt(a - 1);
          if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’') {
            a--;
          } else {
            break;
          }
        }
        if (a == e) {
          break;
        }
        String tok = text.substring(a, e);
        if (!Character.isUpperCase(tok.codePointAt(0)) || overlaps(covered, a, e)
            || titleWord(tok)) {
          break;
        }
        tokens.add(0, tok);
        nameStart = a;
        nameEnd = nameEnd < 0 ? e : nameEnd;
        p = a;
      }
      if (tokens.size() < 2 || tokens.size() > 4) {
        continue;
      }
      String org = t.org;
      String country = org == null ? null
          : org.matches("[A-Z]{2}") ? org : partyCountry(org, null);
      String id = personFor(text.substring(nameStart, nameEnd), tokens, entry, org, country,
          text.substring(t.start, t.end));
      if (id == null) {
        continue;
      }
      Item it = new Item(TermKind.PERSON, id, nameStart, nameEnd, null);
      it.title = text.substring(t.start, t.qualifiedEnd);
      t.attached = true;
      added.add(it);
      Arrays.fill(covered, nameStart, nameEnd, true);
    }
    items.addAll(added);
  }

  /**
   * The id of the person a title names as {@code tokens}: a registered person whose surname the
   * text spells a little differently ({@code Ziuganov}, {@code Mi-su-xtinh}) when the title or the
   * country agrees with the registry, else an unlisted person made by the id rule; null when the
   * tokens name no one (a patronymic, a piece of a title or of a group's name).
   */
  private String personFor(
      String name, List<String> tokens, TitleEntry entry, String org, String country,
      String titleText) {
    if (tokens.isEmpty()) {
      return null;
    }
    NameKeys keys = lexicon.nameKeys();
    String lastKey = keys.wordKey(fold(tokens.get(tokens.size() - 1)));
    if (keys.isPatronymic(lastKey)) {
      return null; // "Mikhail Vladimirovich": a patronymic ends no name
    }
    String givenKey = tokens.size() > 1 ? keys.wordKey(fold(tokens.get(0))) : null;
    for (Person near : lexicon.nearSurnames(lastKey)) {
      boolean titleAgrees =
          !entry.honorific()
              && near.positions().stream().anyMatch(x -> x.role().equals(entry.role()));
      boolean countryAgrees = country != null && near.country().map(country::equals).orElse(false);
      if ((titleAgrees || countryAgrees) && (givenKey == null || givenNameAgrees(near, givenKey))) {
        return near.id().value();
      }
    }
    if (tokens.size() < 2 || tokens.stream().anyMatch(x -> x.endsWith(".") || x.length() < 2)) {
      return null;
    }
    if (vietnameseWords(tokens) && !words.isSurname(fold(tokens.get(0)))) {
      return null; // "Hội Hữu nghị": Vietnamese words not led by a surname name a group
    }
    List<String> idWords = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = NOT_ID_CHARS.matcher(fold(tokens.get(i))).replaceAll("");
      if (tokens.size() >= 3 && i > 0 && i < tokens.size() - 1
          && keys.isPatronymic(keys.wordKey(fold(tokens.get(i))))
          && !words.isSurname(fold(tokens.get(0)))) {
        continue;
      }
      if (!w.isEmpty()) {
        idWords.add(EDGE_HYPHENS.matcher(w).replaceAll(""));
      }
    }
    String idText = HYPHEN_RUNS.matcher(String.join("-", idWords)).replaceAll("-");
    if (!ID_TEXT.matcher(idText).matches()) {
      return null;
    }
    // An alias of a registered person written unusually: prefer the registry.
    List<Person> known = lexicon.findPersons(name);
    if (!known.isEmpty()) {
      return known.get(0).id().value();
    }
    PersonId pid = PersonId.of(idText);
    if (!lexicon.persons().containsKey(pid) && !unlisted.containsKey(pid)) {
      if (country == null && words.isSurname(fold(tokens.get(0)))
          && language == Language.VIETNAMESE) {
        country = "VN";
      }
      var b = Person.builder().id(pid).name(name).registered(false);
      b.putName(language.code(), name);
      if (country != null) {
        b.country(country);
      }
      if (!entry.honorific() && org != null) {
        b.addPosition(Position.builder().role(entry.role()).of(org).title(titleText).build());
      }
      unlisted.put(pid, b.build());
      unlistedSurnames.put(pid, tokens.get(tokens.size() - 1));
    }
    return idText;
  }

  /** Whether some spelling of {@code p} has a given name whose key is near {@code givenKey}. */
  private boolean givenNameAgrees(Person p, String givenKey) {
    for (String spelling : Lexicon.personSpellings(p)) {
      String k = lexicon.nameKeys().nameKey(spelling);
      if (k == null || k.indexOf(' ') < 0) {
        continue;
      }
      String first = k.substring(0, k.indexOf(' '));
      if (first.endsWith(".")
          ? givenKey.charAt(0) == first.charAt(0)
          : Folding.editDistance(first, givenKey) <= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words are Vietnamese ones (a letter only Vietnamese uses, or a tone mark only it
   * uses) and none is a hyphenated transliteration such as {@code Xéc-gây}.
   */
  private static boolean vietnameseWords(List<String> tokens) {
    boolean any = false;
    for (String t : tokens) {
      if (t.indexOf('-') >= 0) {
        return false;
      }
      String d = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD);
      for (int i = 0; i < d.length(); i++) {
        char c = d.charAt(i);
        // hook above, dot below, horn, breve, circumflex; đ
        if (c == '\u0309' || c == '\u0323' || c == '\u031b' || c == '\u0306' || c == '\u0302'
            || c == 'đ' || c == 'Đ') {
          any = true;
        }
      }
    }
    return any;
  }

  /**
   * Whether a token belongs to a title phrase: a word of some title in the registry's titles, so
   * {@code Đảng} does and the surname {@code Đặng} does not.
   */
  private boolean titleWord(String tok) {
    return lexicon.isTitleWord(tok);
  }

  private String partyCountry(String party, String fallback) {
    Party p = lexicon.parties().get(io.github.vnru.model.PartyId.of(party));
    return p == null ? fallback : p.country();
  }

  private void addUnlistedSurnames(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    for (Map.Entry<PersonId, String> e : unlistedSurnames.entrySet()) {
      String surname = e.getValue();
      if (text.indexOf(surname) < 0) {
        continue; // the cheap test first: most sentences name none of them
      }
      Matcher m =
          surnamePatterns
              .computeIfAbsent(
                  e.getKey(),
                  k ->
                      Pattern.compile(
                          "(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])"))
              .matcher(text);
      while (m.find()) {
        int a = m.start();
        int b = m.end();
        if (covered == null) {
          covered = coverage(text, items);
        }
        if (!overlaps(covered, a, b)) {
          items.add(new Item(TermKind.PERSON, e.getKey().value(), a, b, null));
          Arrays.fill(covered, a, b, true);
        }
      }
    }
  }

  /** A person's name inside an institution named after them is no mention of the person. */
  private void blockInstitutions(Scanned s, List<Item> items) {
    String text = s.text();
    Matcher after = null;
    for (Item it : items) {
      if (it.kind != TermKind.PERSON || it.term == null || it.title != null) {
        continue;
      }
      String before = text.substring(Math.max(0, it.start - 80), it.start);
      Matcher m = words.institutionBefore().matcher(before);
      if (m.find() && nameLike(m.group(2))) {
        it.emitted = false;
      }
      if (after == null) {
        after = words.institutionAfter().matcher(text);
      }
      // a region, not a substring: the pattern is anchored, so only the start is tried
      if (after.region(it.end, text.length()).lookingAt()) {
        it.emitted = false;
      }
    }
    items.removeIf(i -> i.kind == TermKind.PERSON && !i.emitted);
  }

  private static boolean nameLike(String words) {
    String[] ws = words.strip().split("\\s+");
    boolean prevCap = true;
    for (String w : ws) {
      if (w.isEmpty()) {
        continue;
      }
      boolean cap = Character.isUpperCase(w.codePointAt(0));
      if (!cap && !prevCap) {
        return false;
      }
      if (w.matches(".*[,;:.()].*")) {
        return false;
      }
      prevCap = cap;
    }
    return true;
  }

  private static int tokenEnd(String text, int p) {
    int e = p;
    while (e < text.length()) {
      char c = text.charAt(e);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’') {
        e++;
      } else if (c == '.' && e > p && e - p <= 2) {
        e++; // an initial: "V."
        break;
      } else {
        break;
      }
    }
    return e;
  }

  static boolean boundary(String text, int a, int b) {
    return (a == 0 || !Character.isLetterOrDigit(text.charAt(a - 1)))
        && (b >= text.length() || !Character.isLetterOrDigit(text.charAt(b))
            || !Character.isLetterOrDigit(text.charAt(b - 1)));
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static String fold(String s) {
    return Lexicon.fold(s);
  }

  /** Persons named, registered first-mention order plus unlisted. */
  Set<String> personIds() {
    Set<String> out = new LinkedHashSet<>();
    for (Scanned s : sentences) {
      for (Item i : s.items) {
        if (i.kind == TermKind.PERSON) {
          out.add(i.id);
        }
      }
    }
    return out;
  }

  /** The length of an English possessive ending ({@code 's}, {@code ’s}, {@code s'}) of a word. */
  private static int possessiveLength(String word) {
    int n = word.length();
    if (n > 2 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')
        && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
      return 2;
    }
    if (n > 2 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '\u2019')) {
      return 1;
    }
    return 0;
  }
}

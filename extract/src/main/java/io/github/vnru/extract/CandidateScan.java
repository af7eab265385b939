package io.github.vnru.extract;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.RussianNames;
import io.github.vnru.extract.internal.RussianTranscription;
import io.github.vnru.extract.internal.SentenceMatcher;
import io.github.vnru.extract.internal.SentenceMatcher.TermHits;
import io.github.vnru.extract.internal.Term;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;

/**
 * Stage 1: every registry spelling in a sentence, on word boundaries in the folded text, and the
 * persons found through their name keys (names as the press prints them); nothing inside a photo
 * credit. Overlaps are kept for {@link MentionSelection}.
 *
 * <p>The spellings come from the sentence's one {@link io.github.vnru.extract.internal.SentenceMatcher}
 * pass. The name keys are matched apart, word by word ({@link Lexicon#scanKeys}): a key is not a
 * char-for-char image of the text (case endings and patronymics dropped, romanisation rewritten,
 * lower-case words merged into one separator), and counts only as whole words.
 */
final class CandidateScan {
  private final Lexicon lexicon;
  private final MentionWords words;
  /** Whether the article runs words together ({@link NameKeys#runsWordsTogether}). */
  private final BooleanSupplier seams;

  CandidateScan(Lexicon lexicon, MentionWords words, BooleanSupplier seams) {
    this.lexicon = lexicon;
    this.words = words;
    this.seams = seams;
  }

  /**
   * The candidates of {@code text}; {@code folded} is its fold ({@link Lexicon#foldChars}, only
   * read), {@code terms} the registry spellings the automaton found in it on word boundaries,
   * those that must start with a capital only where the text writes one ({@link
   * io.github.vnru.extract.internal.SentenceMatcher.Matches#terms}); {@code chars} holds the chars
   * of {@code text}, only read.
   */
  List<Candidate> scan(String text, char[] chars, char[] folded, TermHits terms) {
    boolean[] credit = null;
    // every credit starts with '(' and has a ':' after it: most brackets are no credit
    int open = text.indexOf('(');
    if (open >= 0 && text.indexOf(':', open + 1) >= 0) {
      credit = new boolean[text.length()];
      Matcher cm = words.credit().matcher(text);
      while (cm.find()) {
        for (int i = cm.start(); i < cm.end(); i++) {
          credit[i] = true;
        }
      }
    }
    // whether the sentence writes Vietnamese diacritics (0: not asked yet)
    int diacriticProse = 0;
    // in span order of first appearance; the automaton lists the terms of one span one after
    // another (one end, one length: one pattern), so a span is new unless it is the last one
    List<Candidate> out = new ArrayList<>();
    // what is checked of a term is read from the matcher's arrays (flags): the term's object
    // only for the spans kept
    for (int h = 0; h < terms.size(); h++) {
      int a = terms.start(h);
      int b = terms.end(h);
      int flags = terms.flags(h);
      // on word boundaries already (SentenceMatcher)
      if (credit != null && credit[a]) {
        continue;
      }
      // the checks read the text in place: most spans are dropped, so no substring for them
      if ((flags & SentenceMatcher.EXACT_CASE) != 0) {
        String alias = terms.term(h).alias();
        if (!(b - a == alias.length() && text.startsWith(alias, a))) {
          continue;
        }
      }
      boolean singleWord = (flags & SentenceMatcher.SINGLE_WORD) != 0;
      // read once from the sentence's chars: both checks below ask it
      boolean ascii = isAscii(chars, a, b);
      if (singleWord && !ascii && !terms.lowerEquals(text, chars, a, b, h)) {
        continue;
      }
      // "tỉnh Nghệ An do đồng chí …" is no "Ấn Độ", "Trần Tú Ba" no "bà": prose that writes its
      // diacritics writes them in the names and titles it spells too (a foreign city's one word
      // may go without: "Matxcova")
      if ((!singleWord || (flags & SentenceMatcher.TITLE) != 0) && ascii
          && (flags & SentenceMatcher.ASCII_ALIAS) == 0) {
        if (diacriticProse == 0) {
          diacriticProse = writesDiacritics(chars) ? 1 : -1;
        }
        if (diacriticProse > 0) {
          continue;
        }
      }
      Term t = terms.term(h);
      Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.start() == a && last.end() == b) {
        last.terms().add(t);
      } else {
        List<Term> at = new ArrayList<>(2);
        at.add(t);
        out.add(new Candidate(a, b, at));
      }
    }
    boolean[] inCredit = credit;
    lexicon.scanKeys(lexicon.nameKeys().units(chars, folded, seams),
        (start, end, t) -> addKeyed(text, inCredit, start, end, t, out));
    dropOthersSurnames(text, out);
    dropPrefixesOfLongerNames(text, chars, out);
    return out;
  }

  /**
   * Drops a registered Vietnamese's name when another syllable of a Vietnamese name follows it:
   * the name is someone else's, for the stages of unlisted persons to read whole. In Russian
   * letters ({@code Ле Куан Сон} is not Lê Quân), not when its last word is declined, which ends a
   * Vietnamese name ({@code супруга То Лама Нго Фыонг Ли}); in English, written without
   * diacritics ({@code Le Quan Son}), when the syllable ends the name: what follows is no
   * capitalised word (a headline in title case: {@code To Lam To Visit Russia}).
   */
  private void dropPrefixesOfLongerNames(String text, char[] chars, List<Candidate> out) {
    RussianTranscription transcription = RussianTranscription.defaults();
    for (int i = out.size() - 1; i >= 0; i--) {
      Candidate c = out.get(i);
      // most candidates have no word after them, or one in lower case: the capital after them
      // is read before the registry is asked whose they are
      if (!capitalAfter(text, c.end())) {
        continue;
      }
      if (!hasVietnamesePerson(c.terms())) {
        continue; // nothing to drop: the words around are not read
      }
      String after = wordAfter(text, c.end());
      boolean russian = RussianNames.isCyrillic(text, c.start(), c.end());
      if (russian ? !RussianNames.isCyrillic(after) || transcription.vietnamese(after) == null
              || !transcription.spellsSyllable(lastWord(text, c.start(), c.end()))
          : text.lastIndexOf(' ', c.end() - 1) < c.start() // a full name, not a short form
              || !isAscii(chars, c.start(), c.end() + 1 + after.length())
              || !transcription.isSyllable(Lexicon.fold(after))
              || wordAfter(text, c.end() + 1 + after.length()) != null) {
        continue;
      }
      c.terms().removeIf(t -> t.kind() == TermKind.PERSON && isVietnamese(t.id()));
      if (c.terms().isEmpty()) {
        out.remove(i);
      }
    }
  }

  private static String lastWord(String text, int start, int end) {
    return text.substring(Math.max(start, text.lastIndexOf(' ', end - 1) + 1), end);
  }

  private boolean hasVietnamesePerson(List<Term> terms) {
    for (Term t : terms) {
      if (t.kind() == TermKind.PERSON && isVietnamese(t.id())) {
        return true;
      }
    }
    return false;
  }

  private boolean isVietnamese(String id) {
    Person p = lexicon.person(id);
    return p != null && p.country().filter("VN"::equals).isPresent();
  }

  /**
   * Drops a registered Russian's lone surname after another Russian given name, a patronymic
   * between or not ({@code Aleksey Mikhailovich Medvedev} is not Dmitry Medvedev), or before one
   * and a patronymic ({@code Novikov Vladislav Anatolevich}): the name is someone else's, for the
   * stages of unlisted persons to read whole.
   */
  private void dropOthersSurnames(String text, List<Candidate> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Candidate c = out.get(i);
      // only a registered Russian's term is dropped: most candidates (places, titles, Vietnamese
      // names) have none, and need no look at the words around them
      if (!hasRegisteredRussian(c.terms())) {
        continue;
      }
      int space = text.indexOf(' ', c.start());
      if (space >= 0 && space < c.end()) {
        continue; // not a lone surname
      }
      String before = wordBefore(text, c.start());
      if (before != null && isPatronymic(before)) {
        before = wordBefore(text, c.start() - before.length() - 1);
      }
      // official style, the surname first: "Novikov Vladislav Anatolevich", or with the given
      // name alone ending the name ("Zyuganov Leonid, head of …")
      String after = wordAfter(text, c.end());
      String third = after == null ? null : wordAfter(text, c.end() + 1 + after.length());
      String givenAfter = third != null ? (isPatronymic(third) ? after : null)
          : after != null && endsName(text, c.end() + 1 + after.length()) ? after : null;
      if (before == null && givenAfter == null) {
        continue;
      }
      String givenBefore = before;
      c.terms().removeIf(t -> t.kind() == TermKind.PERSON
          && (givenBefore != null && lexicon.isOtherGivenName(t.id(), givenBefore)
              || givenAfter != null && lexicon.isOtherGivenName(t.id(), givenAfter)));
      if (c.terms().isEmpty()) {
        out.remove(i);
      }
    }
  }

  /**
   * Whether the name ends at {@code at}: the text ends, a comma or bracket follows, or a word in
   * lower case ({@code Mironov Dmitry gửi lời chia buồn}).
   */
  private static boolean endsName(String text, int at) {
    return at >= text.length() || ",;()".indexOf(text.charAt(at)) >= 0
        || text.charAt(at) == ' ' && at + 1 < text.length()
            && Character.isLowerCase(text.charAt(at + 1));
  }

  private boolean hasRegisteredRussian(List<Term> terms) {
    for (Term t : terms) {
      if (t.registeredRussian()) {
        return true;
      }
    }
    return false;
  }

  private boolean isPatronymic(String word) {
    return lexicon.nameKeys().isPatronymicWord(Lexicon.fold(word));
  }

  /** Whether a capital starts a word one space after {@code at}: {@link #wordAfter} is not null. */
  private static boolean capitalAfter(String text, int at) {
    int start = at + 1;
    return start < text.length() && text.charAt(at) == ' '
        && Character.isUpperCase(text.charAt(start));
  }

  /** The capitalised word that starts one space after {@code at}, or null. */
  private static String wordAfter(String text, int at) {
    return capitalAfter(text, at) ? text.substring(at + 1, Chars.lettersEnd(text, at + 1)) : null;
  }

  /** The capitalised word that ends one space before {@code at}, or null. */
  private static String wordBefore(String text, int at) {
    int end = at - 1;
    if (end < 1 || text.charAt(end) != ' ' || !Character.isLetter(text.charAt(end - 1))) {
      return null;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return Character.isUpperCase(text.charAt(start)) ? text.substring(start, end) : null;
  }

  /**
   * Adds person {@code t}, whose name key the key index found in the text's words {@code [a, b)},
   * to the candidate of those words, unless they are a photo credit's, or a key short form is not
   * written in Cyrillic.
   */
  private static void addKeyed(String text, boolean[] credit, int a, int b, Term t,
      List<Candidate> out) {
    if (credit != null && credit[a]) {
      return;
    }
    // a key short form is a Russian one (Кыонгом): its key would also match Latin words
    if (t.contextual()
        && Character.UnicodeScript.of(text.codePointAt(a)) != Character.UnicodeScript.CYRILLIC) {
      return;
    }
    Candidate c = at(out, a, b);
    if (c == null) {
      c = new Candidate(a, b, new ArrayList<>(2));
      out.add(c);
    }
    if (!hasPerson(c.terms(), t.id())) {
      c.terms().add(t);
    }
  }

  /**
   * The candidate of {@code [a, b)}, or null. A sentence has a few candidates, each span once: a
   * look along them costs less than a map of boxed spans.
   */
  private static Candidate at(List<Candidate> candidates, int a, int b) {
    for (Candidate c : candidates) {
      if (c.start() == a && c.end() == b) {
        return c;
      }
    }
    return null;
  }

  /** The candidates without their short-form terms; those left with none are dropped. */
  static List<Candidate> withoutShortForms(List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      if (!c.hasShortForm()) {
        out.add(c);
        continue;
      }
      List<Term> terms = new ArrayList<>();
      for (Term u : c.terms()) {
        if (!u.contextual()) {
          terms.add(u);
        }
      }
      if (!terms.isEmpty()) {
        out.add(new Candidate(c.start(), c.end(), terms));
      }
    }
    return out;
  }

  /** Whether any of {@code candidates} has a short-form term. */
  static boolean hasShortForm(List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.hasShortForm()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPerson(List<Term> terms, String id) {
    for (Term t : terms) {
      if (t.kind() == TermKind.PERSON && t.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether at least half the words of {@code chars} carry a Latin letter with a diacritic
   * ({@code ồ}, {@code ệ}): prose that writes them, as Vietnamese does, not an English sentence
   * with a name or two so written.
   */
  private static boolean writesDiacritics(char[] chars) {
    int words = 0;
    int marked = 0;
    boolean inWord = false;
    boolean mark = false;
    for (char c : chars) {
      if (Chars.isLetter(c)) {
        if (!inWord) {
          words++;
          inWord = true;
          mark = false;
        }
        if (!mark && Chars.isLatinBeyondAscii(c)) {
          marked++;
          mark = true;
        }
      } else {
        inWord = false;
      }
    }
    return words > 0 && marked * 2 >= words;
  }

  private static boolean isAscii(char[] s, int a, int b) {
    for (int i = a; i < b; i++) {
      if (s[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

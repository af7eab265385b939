package io.github.vnru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.internal.AhoCorasick;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack;
import io.github.vnru.extract.internal.LanguagePack.CueWord;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.LanguagePack.Phrase;
import io.github.vnru.extract.internal.LanguagePack.Topic;
import io.github.vnru.extract.internal.LanguagePack.TopicAt;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.SentenceMatcher;
import io.github.vnru.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one automaton pass over a folded sentence finds the pack's phrases and topics exactly as
 * matching the lower-cased sentence did (the reference below is that earlier code, with the rules
 * added since: a trigger whose last word, of a syllable's length, is capitalised, its first not,
 * is no trigger; a phrase saying a meeting word is none does not start inside a title and run
 * past its end), over every line of the seeds and the corpus, single-spaced as the extractor reads
 * it, with each language's pack.
 */
final class SentenceMatcherTest {
  @Test
  void everyCharFoldsAsItsLowerCaseDoes() {
    // what lets the pack phrases, written in lower case, be matched in folded text
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String ch = String.valueOf((char) c);
      String low = String.valueOf(lower((char) c));
      assertEquals(Lexicon.fold(low), Lexicon.fold(ch), () -> "U+" + Integer.toHexString(ch.charAt(0)));
    }
  }

  @Test
  void aCharWhoseFoldIsALetterOrDigitIsOneAsThePacksSeeIt() {
    // what lets the automaton drop a phrase ending inside a word, read in the fold, before the
    // phrase's own check of the text (wholeWord) would
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      char folded = Lexicon.foldChars(new char[] {ch})[0];
      assertTrue(!Chars.isLetterOrDigit(folded) || Chars.isLowerLetterOrDigit(ch),
          () -> "U+" + Integer.toHexString(ch));
    }
  }

  @Test
  void phrasesAndTopicsAreThoseOfTheLowerCasedText() throws IOException {
    Lexicon lexicon = Registry.defaults().lexicon();
    List<String> lines = lines();
    assertTrue(lines.size() > 1000, "lines: " + lines.size());
    int phrases = 0;
    for (Language language : List.of(Language.VIETNAMESE, Language.ENGLISH, Language.RUSSIAN)) {
      LanguagePack pack = LanguagePack.of(language);
      Reference ref = new Reference(pack, lexicon);
      SentenceMatcher matcher = lexicon.matcher(language);
      for (String line : lines) {
        SentenceMatcher.Matches m = matcher.match(line, Lexicon.fold(line));
        assertEquals(ref.find(line), m.phrases(), line);
        phrases += m.phrases().size();
        assertEquals(ref.topics(line), topics(m.topics(), 0, line.length()), line);
        // a clause: the topics of its text are those within it that start one of its words
        for (Found f : m.phrases()) {
          if (f.end() < line.length()) {
            String clause = line.substring(f.end());
            assertEquals(ref.topics(clause), topics(m.topics(), f.end(), line.length()), clause);
          }
        }
      }
    }
    assertTrue(phrases > 5_000, "phrases: " + phrases);
  }

  private static Set<String> topics(List<TopicAt> found, int start, int end) {
    Set<String> out = new HashSet<>();
    for (TopicAt t : found) {
      if (t.start() >= start && t.end() <= end && (t.wordStart() || t.start() == start)) {
        out.add(t.topic());
      }
    }
    return out;
  }

  private static List<String> lines() throws IOException {
    List<String> out = new ArrayList<>();
    for (String dir : List.of("../seeds", "../corpus/raw")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path p : files.sorted().toList()) {
          if (p.toString().endsWith(".txt")) {
            Files.readString(p, StandardCharsets.UTF_8).lines()
                .forEach(l -> out.add(Chars.singleSpaced(l)));
          }
        }
      }
    }
    return out;
  }

  private static char lower(char c) {
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  /** The earlier matching: the pack's own automata over the lower-cased sentence. */
  private static final class Reference {
    private final AhoCorasick<Phrase> phrases;
    private final AhoCorasick<Topic> topics;
    private final AhoCorasick<String> titles;

    Reference(LanguagePack pack, Lexicon lexicon) {
      AhoCorasick.Builder<String> ti = AhoCorasick.builder();
      lexicon.titles().forEach(e -> e.aliases().forEach(a -> ti.add(Lexicon.fold(a), a)));
      this.titles = ti.build();
      AhoCorasick.Builder<Phrase> p = AhoCorasick.builder();
      pack.phrases().forEach(x -> p.add(x.phrase(), x));
      this.phrases = p.build();
      AhoCorasick.Builder<Topic> t = AhoCorasick.builder();
      pack.topics().forEach(x -> t.add(x.phrase(), x));
      this.topics = t.build();
    }

    List<Found> find(String sentence) {
      String low = lowerAll(sentence);
      List<AhoCorasick.Match<Phrase>> all = new ArrayList<>(phrases.findAll(low));
      all.removeIf(m -> !wholeWord(low, m.start(), m.end()));
      // and, since then, a trigger whose words run from lower into upper case, the last no
      // longer than a syllable, is two words
      all.removeIf(m -> m.payload() instanceof LanguagePack.Trigger
          && Character.isLowerCase(sentence.charAt(m.start()))
          && sentence.substring(m.start(), m.end()).matches("(?s).* \\p{Lu}[^ ]{0,6}"));
      // and, since then, a phrase saying a meeting word is none does not start inside a title and
      // run past its end
      String folded = Lexicon.fold(sentence);
      List<AhoCorasick.Match<String>> inTitles = new ArrayList<>(titles.findAll(folded));
      inTitles.removeIf(t -> !wholeWord(folded, t.start(), t.end()));
      all.removeIf(m -> m.payload() instanceof LanguagePack.Trigger tr && tr.kind().isEmpty()
          && inTitles.stream().anyMatch(t -> t.start() < m.start() && t.end() > m.start()
              && t.end() < m.end()));
      all.sort((a, b) -> a.start() != b.start()
          ? Integer.compare(a.start(), b.start())
          : Integer.compare(b.end(), a.end()));
      List<Found> out = new ArrayList<>();
      Map<Object, Integer> layerEnd = new HashMap<>();
      // and, since then, a phrase that only looks like cues hides every cue starting inside it
      int noCueEnd = 0;
      for (AhoCorasick.Match<Phrase> m : all) {
        Object layer = m.payload() instanceof CueWord w ? w.cue() : "trigger";
        if (layer == LanguagePack.Cue.NONE) {
          noCueEnd = Math.max(noCueEnd, m.end());
          continue;
        }
        if (m.start() < layerEnd.getOrDefault(layer, 0)
            || m.payload() instanceof CueWord && m.start() < noCueEnd) {
          continue;
        }
        out.add(new Found(m.start(), m.end(), m.payload()));
        layerEnd.put(layer, m.end());
      }
      return out;
    }

    Set<String> topics(String text) {
      String low = lowerAll(text);
      Set<String> out = new HashSet<>();
      for (AhoCorasick.Match<Topic> m : topics.findAll(low)) {
        if (m.start() == 0 || !Character.isLetterOrDigit(low.charAt(m.start() - 1))) {
          out.add(m.payload().name());
        }
      }
      return out;
    }

    private static boolean wholeWord(String s, int start, int end) {
      boolean left = start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1))
          || !Character.isLetterOrDigit(s.charAt(start));
      boolean right = end == s.length() || !Character.isLetterOrDigit(s.charAt(end))
          || !Character.isLetterOrDigit(s.charAt(end - 1));
      return left && right;
    }

    private static String lowerAll(String s) {
      char[] c = s.toCharArray();
      for (int i = 0; i < c.length; i++) {
        c[i] = lower(c[i]);
      }
      return new String(c);
    }
  }
}

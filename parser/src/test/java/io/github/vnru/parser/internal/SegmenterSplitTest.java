package io.github.vnru.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The segmenter keeps the sentences of a paragraph that is a whole line's sentences, so the
 * assembler does not split it again: those must be what splitting the paragraph gives.
 */
final class SegmenterSplitTest {
  private static final String[] WORDS = {
    "Putin", "thăm", "Hà", "Nội", "Mr", "Feb", "TP", "V", "U.S", "1.5", "22", "www", "http://x.vn",
    "a", "b", "Nga", "мая", "В", "(", ")", "\"", "”", "’", "»", "...", "…", ".", "!", "?", ":",
    "-", "—", ",", "\u00a0", " ", "  ", "\t",
  };

  @Test
  void keptSentences_areTheParagraphsSplit() {
    Random random = new Random(7);
    int kept = 0;
    for (int k = 0; k < 3_000; k++) {
      String text = text(random);
      Segmenter.Layout layout =
          Segmenter.segment(Line.split(text), Optional.empty(), List.of());
      for (Map.Entry<Piece, List<SentenceSplitter.Span>> e : layout.split().entrySet()) {
        assertEquals(SentenceSplitter.split(e.getKey().text()), e.getValue(), text);
        kept++;
      }
    }
    assertTrue(kept > 1_000, kept + " paragraphs kept");
  }

  /** A few lines of random words, terminators, closers and spaces. */
  private static String text(Random random) {
    List<String> lines = new ArrayList<>();
    int n = 1 + random.nextInt(6);
    for (int l = 0; l < n; l++) {
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(30);
      for (int w = 0; w < words; w++) {
        b.append(WORDS[random.nextInt(WORDS.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      lines.add(b.toString());
    }
    return String.join("\n", lines);
  }
}

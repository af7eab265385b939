package io.github.vnru.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.parser.ArticleParseException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TextNormalizerTest {
  private static List<Character> asIs() {
    List<Character> out = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Chars.isNfcAsIs((char) c)) {
        out.add((char) c);
      }
    }
    return out;
  }

  /**
   * Every char the quick check passes is its own NFC, no mark, and composes with no char before it
   * that the check passes or that starts a word (so a text of them alone is NFC as it is).
   */
  @Test
  void nfcAsIs_charsAreLeftAsTheyAreByNfc() {
    List<Character> chars = asIs();
    for (char c : chars) {
      String one = String.valueOf(c);
      assertTrue(Normalizer.isNormalized(one, Normalizer.Form.NFC), () -> hex(c));
      int type = Character.getType(c);
      assertFalse(type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK, () -> hex(c));
    }
    for (char a : chars) {
      for (char b : chars) {
        String two = new String(new char[] {a, b});
        assertEquals(two, Normalizer.normalize(two, Normalizer.Form.NFC), () -> hex(a) + hex(b));
      }
    }
  }

  @Test
  void nfcAsIs_marksAndSingletonsAreNot() {
    assertFalse(Chars.isNfcAsIs('\u0301')); // combining acute
    assertFalse(Chars.isNfcAsIs('\u0483')); // combining Cyrillic titlo
    assertFalse(Chars.isNfcAsIs('\u2000')); // NFC: U+2002
    assertFalse(Chars.isNfcAsIs('\u1161')); // Hangul vowel, composes with a consonant
    assertTrue(Chars.isNfcAsIs('ệ'));
    assertTrue(Chars.isNfcAsIs('й'));
  }

  @Test
  void normalize_decomposedText_isComposed() throws Exception {
    assertEquals("Việt Nam – Nga", TextNormalizer.normalize("t", "Vie\u0323\u0302t Nam – Nga"));
    assertEquals("Việt Nam", TextNormalizer.normalize("t", "Việt Nam"));
  }

  /**
   * A run whose NFC is longer than the run (U+0344 is U+0308 U+0301 in NFC), then text after it:
   * the chars after the run still fit (ParserProperties found "!!…!\u0344!" out of bounds).
   */
  @Test
  void normalize_runLongerInNfc_keepsTheTextAfterIt() throws Exception {
    String text = "!".repeat(64) + "\u0344!";
    assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), TextNormalizer.normalize("t", text));
  }

  /**
   * Pages copy as no-break spaces, thin spaces and zero-width ones, and soft hyphens inside long
   * words: the text a page shows has plain spaces and whole words, and so does the normalised one.
   */
  @Test
  void normalize_oddSpaces_becomePlainSpaces() throws Exception {
    assertEquals("Chủ tịch nước Lương Cường tiếp Đại sứ Nga",
        TextNormalizer.normalize("t", "Chủ tịch nước\u00a0Lương\u202fCường\u3000tiếp Đại"
            + "\u2009sứ\u2002Nga"));
  }

  /** A page's text copied without decoding its character references says what the page showed. */
  @Test
  void normalize_htmlCharacterReferences_becomeTheCharsTheyName() throws Exception {
    assertEquals("Putin met To Lam \"in Moscow\" at Vietnam’s embassy’s door",
        TextNormalizer.normalize("t", "Putin&nbsp;met To&#160;Lam &quot;in Moscow&quot; at"
            + " Vietnam&#8217;s embassy&#x2019;s door"));
    // only whole references that name a char other than a control
    String kept = "AT&T, R&D, &unknown; &#0; &#xD800; &amp &#12a;";
    assertEquals(kept, TextNormalizer.normalize("t", kept));
  }

  @Test
  void normalize_invisibleFormatChars_areDropped() throws Exception {
    assertEquals("Vladimir Putin met To Lam",
        TextNormalizer.normalize("t", "Vla\u00addimir Pu\u200btin\u2060 met\u200e To\ufeff Lam"));
  }

  @Test
  void normalize_lineAndParagraphSeparators_becomeLineFeeds() throws Exception {
    assertEquals("a\nb\nc\nd", TextNormalizer.normalize("t", "a\u2028b\u2029c\u0085d"));
  }

  @Test
  void normalize_noBreakSpacesEndingALine_areTrimmedAsSpaces() throws Exception {
    assertEquals("Putin\nmet", TextNormalizer.normalize("t", "Putin\u00a0\u00a0\r\nmet\u2009"));
  }

  @Test
  void normalize_onlyInvisibleChars_isBlank() {
    ArticleParseException e = assertThrows(ArticleParseException.class,
        () -> TextNormalizer.normalize("t", "\u200b\u00a0\n\u00ad"));
    assertTrue(e.getMessage().contains("blank"), e.getMessage());
  }

  private static String hex(char c) {
    return String.format("U+%04X ", (int) c);
  }
}

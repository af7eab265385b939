package io.github.vnru.bench;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference cost: what a plain Java program does with an article file before any parsing:
 * strictly decode it as UTF-8 ({@link CodingErrorAction#REPORT}), normalise it to NFC, and split
 * it into lines.
 */
public final class Baseline {
  private Baseline() {}

  /** The lines of {@code bytes}, strictly decoded and NFC-normalised. */
  public static List<String> lines(byte[] bytes) throws CharacterCodingException {
    CharSequence decoded =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
    String text = Normalizer.normalize(decoded, Normalizer.Form.NFC);
    List<String> lines = new ArrayList<>();
    int from = 0;
    int nl;
    while ((nl = text.indexOf('\n', from)) >= 0) {
      lines.add(text.substring(from, nl));
      from = nl + 1;
    }
    lines.add(text.substring(from));
    return lines;
  }
}

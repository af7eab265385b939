package io.github.vnru.parser.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ParseProblem;
import io.github.vnru.parser.ParseProblem.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Internal: turns raw bytes or text into the article's <em>normalised text</em>, the text every
 * offset in an article points into. Decoding is strict UTF-8 (a bad byte is an error naming its
 * byte offset); a byte-order mark is dropped; HTML character references ({@code &nbsp;}) become
 * the chars they name; CR and CRLF become LF; other spaces (no-break, thin …) become plain ones,
 * other line separators LF, and invisible format chars (soft hyphen, zero-width space, direction
 * marks) are dropped; white space at the end of each line is dropped; the result is Unicode NFC.
 * So an article parses the same however it was encoded. Not part of the public API.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The option that names another charset, for messages. */
  public static final String ENCODING_HINT =
      "the file is not in this encoding: read it in its own with --encoding, for example"
          + " --encoding windows-1258 (in Java: ArticleParser.builder().charset(...))";

  /**
   * Decodes {@code bytes} as strict UTF-8 and normalises them.
   *
   * @throws ArticleParseException if the bytes are empty, blank, binary or not UTF-8
   */
  public static String decode(String source, byte[] bytes) throws ArticleParseException {
    return decode(source, bytes, UTF_8);
  }

  /**
   * Decodes {@code bytes} strictly in {@code charset} and normalises them. A byte-order mark
   * decides, whatever {@code charset} says: UTF-8 ({@code EF BB BF}), UTF-16 big-endian ({@code FE
   * FF}) or little-endian ({@code FF FE}); it is dropped.
   *
   * @throws ArticleParseException if the bytes are empty, blank, binary or not in the charset
   */
  public static String decode(String source, byte[] bytes, Charset charset)
      throws ArticleParseException {
    if (bytes.length == 0) {
      throw new ArticleParseException(ParseProblem.of(source, Reason.EMPTY, "empty file"));
    }
    int from = 0;
    Charset cs = charset;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      from = 3;
      cs = UTF_8;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      from = 2;
      cs = StandardCharsets.UTF_16BE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      from = 2;
      cs = StandardCharsets.UTF_16LE;
    }
    boolean utf16 = cs.equals(StandardCharsets.UTF_16BE) || cs.equals(StandardCharsets.UTF_16LE)
        || cs.equals(StandardCharsets.UTF_16);
    if (cs.equals(UTF_8)) {
      // Valid UTF-8 decodes the same either way, and the String constructor is much faster; it
      // turns bad bytes into U+FFFD, so only then (or for a real U+FFFD) is the strict decoder
      // run, to report them.
      String fast = new String(bytes, from, bytes.length - from, UTF_8);
      boolean valid = fast.indexOf('\uFFFD') < 0;
      // valid UTF-8 has a 0 byte only as U+0000: the bytes are scanned (for the NUL's byte
      // offset) only when the decoded text has one, found by a faster search than the scan
      if (!valid || fast.indexOf('\0') >= 0) {
        rejectNul(source, bytes, from);
      }
      if (valid) {
        return normalize(source, fast);
      }
    } else if (!utf16) {
      rejectNul(source, bytes, from);
    }
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate((int) ((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 2);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int pos = in.position();
      int shown = Math.min(bytes.length - pos, Math.max(result.length() + 1, 2));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < shown; i++) {
        if (i > 0) {
          hex.append(' ');
        }
        hex.append(String.format(Locale.ROOT, "%02X", bytes[pos + i] & 0xFF));
      }
      String name = cs.equals(UTF_8) ? "UTF-8" : cs.name();
      throw atByte(
          source,
          bytes,
          pos,
          Reason.NOT_UTF8,
          "invalid " + name + " at byte " + pos + " (bytes " + hex + "); " + ENCODING_HINT);
    }
    out.flip();
    return normalize(source, out.toString());
  }

  /** Throws at the first NUL byte of {@code bytes} from {@code from} on: binary data. */
  private static void rejectNul(String source, byte[] bytes, int from)
      throws ArticleParseException {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw binaryAtByte(source, bytes, i, "binary data (NUL byte at byte " + i + ")");
      }
    }
  }

  /**
   * Normalises already-decoded text: drops a leading byte-order mark, CR/CRLF to LF, trailing
   * white space of each line dropped, NFC.
   *
   * @throws ArticleParseException if the text is blank or binary
   */
  public static String normalize(String source, String text) throws ArticleParseException {
    String s = text;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      throw new ArticleParseException(ParseProblem.of(source, Reason.EMPTY, "empty file"));
    }
    s = decodeReferences(s);
    int controls = 0;
    int firstControl = -1;
    // the loop reads every char anyway: it also tells whether NFC can leave the text as it is
    boolean nfcAsIs = true;
    boolean odd = false;
    // the chars in the thread's array: charAt on a two-byte string costs more than the tests
    int n = s.length();
    char[] chars = Chars.copyInto(CHARS, s);
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c == 0) {
        throw binaryAtChar(source, s, i, "binary data (NUL character)");
      }
      if (isBinaryControl(c)) {
        controls++;
        if (firstControl < 0) {
          firstControl = i;
        }
      }
      nfcAsIs &= Chars.isNfcAsIs(c);
      odd |= Chars.isOddSpaceOrInvisible(c);
    }
    // A stray control character is tolerated; text where more than 1 in 20 chars are controls
    // is not text.
    if (controls > 0 && controls * 20L > s.length()) {
      throw binaryAtChar(
          source,
          s,
          firstControl,
          "binary data (" + controls + " control characters in " + s.length() + ")");
    }
    if (odd) {
      s = plainSpaces(s, chars);
    }
    String lf = !odd && s.indexOf('\r') < 0 && !hasTrailingBlank(s) ? s : joinTrimmedLines(s);
    // the rewrites above only drop chars or make them a space or LF: nfcAsIs holds for lf as for s
    String nfc =
        nfcAsIs || Normalizer.isNormalized(lf, Normalizer.Form.NFC)
            ? lf
            : nfc(lf);
    boolean blank = true;
    for (int i = 0; i < nfc.length() && blank; i++) {
      blank = isBlank(nfc.charAt(i));
    }
    if (blank) {
      throw new ArticleParseException(
          ParseProblem.of(source, Reason.EMPTY, "blank file (only white space)"));
    }
    return nfc;
  }

  /**
   * {@code Normalizer.normalize(s, NFC)}, run by run: NFC changes nothing across a char it leaves
   * as it is ({@link Chars#isNfcAsIs}: a starter, composing with nothing before it), so each run
   * from one such char to the next is normalised alone, and most runs (a letter and its marks, as
   * decomposed text writes them) by one look-up of the char they compose to. A tenth of the pages
   * come decomposed, and the normalizer costs more than the rest of their decoding.
   */
  private static String nfc(String s) {
    int n = s.length();
    char[] in = Chars.copyInto(CHARS, s);
    // NFC of a run may be longer than the run (U+0344), rarely: the array grows then, with room
    // for the rest of the text, which the single chars after it are copied into unchecked
    char[] out = new char[n];
    int size = 0;
    int p = 0;
    while (p < n) {
      int q = p + 1;
      while (q < n && !Chars.isNfcAsIs(in[q])) {
        q++;
      }
      if (q == p + 1 && Chars.isNfcAsIs(in[p])) {
        out[size++] = in[p];
        p = q;
        continue;
      }
      // a letter and its marks, as decomposed text writes them, by the chars themselves: no
      // string made and hashed per run
      char one = q - p <= Composed.SHORT ? Composed.of(in, p, q) : 0;
      String composed = null;
      if (one == 0) {
        String run = new String(in, p, q - p);
        composed = q - p <= Composed.SHORT ? null : Composed.OF.get(run);
        if (composed == null) {
          composed = Normalizer.normalize(run, Normalizer.Form.NFC);
        }
      }
      int len = one != 0 ? 1 : composed.length();
      if (size + len + (n - q) > out.length) {
        out = Arrays.copyOf(out, Math.max(size + len + (n - q), 2 * out.length));
      }
      if (one != 0) {
        out[size++] = one;
      } else {
        composed.getChars(0, len, out, size);
        size += len;
      }
      p = q;
    }
    return new String(out, 0, size);
  }

  /** Each thread's chars of the text being normalised: only the first of its length count. */
  private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[4096]);

  /** Made on the first decomposed text. */
  private static final class Composed {
    /**
     * The decomposition (NFD) of each char below U+3000 that NFC leaves as it is and NFD does not:
     * NFC gives that char back for it.
     */
    static final Map<String, String> OF = composed();

    /** The longest run {@link #of} is asked: {@link #OF}'s keys up to this length are its own. */
    static final int SHORT = 3;
    /**
     * {@link #OF}'s keys of up to {@link #SHORT} chars by {@link #key}, open addressing (0 marks a
     * free slot: no key is 0, as it holds the length), and the char each stands for.
     */
    private static final long[] KEYS;
    private static final char[] ONES;

    static {
      int size = Integer.highestOneBit(Math.max(16, OF.size() * 4));
      KEYS = new long[size];
      ONES = new char[size];
      OF.forEach((run, one) -> {
        if (run.length() <= SHORT && one.length() == 1) {
          long k = key(run.toCharArray(), 0, run.length());
          int h = slot(k, size);
          while (KEYS[h] != 0) {
            h = (h + 1) & (size - 1);
          }
          KEYS[h] = k;
          ONES[h] = one.charAt(0);
        }
      });
    }

    /** The run {@code chars[from, to)} and its length in one long (at most {@link #SHORT}). */
    private static long key(char[] chars, int from, int to) {
      long k = to - from;
      for (int i = from; i < to; i++) {
        k = k << 16 | chars[i];
      }
      return k;
    }

    private static int slot(long k, int size) {
      long h = k * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & (size - 1);
    }

    /** {@code OF.get(run)} of the run {@code chars[from, to)} as a char, or 0 if none. */
    static char of(char[] chars, int from, int to) {
      long k = key(chars, from, to);
      for (int h = slot(k, KEYS.length); KEYS[h] != 0; h = (h + 1) & (KEYS.length - 1)) {
        if (KEYS[h] == k) {
          return ONES[h];
        }
      }
      return 0;
    }

    private static Map<String, String> composed() {
      Map<String, String> out = new HashMap<>();
      for (char c = 0x80; c < 0x3000; c++) {
        String one = String.valueOf(c);
        if (!Normalizer.isNormalized(one, Normalizer.Form.NFD)
            && Normalizer.isNormalized(one, Normalizer.Form.NFC)) {
          out.put(Normalizer.normalize(one, Normalizer.Form.NFD), one);
        }
      }
      return out;
    }
  }

  /** Whether {@code c} is white space, including no-break spaces. */
  public static boolean isBlank(char c) {
    return Chars.isBlank(c); // isWhitespace || isSpaceChar || U+FEFF, from a table
  }

  private static boolean isBinaryControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B)
        || c == 0x7F;
  }

  /** The longest name of an HTML character reference, {@code &} and {@code ;} aside. */
  private static final int LONGEST_REFERENCE = 32;

  /**
   * {@code s} with each HTML character reference ({@code &nbsp;}, {@code &quot;}, {@code
   * &#8217;}, {@code &#x2019;}) as the char it names: a page's text copied without decoding them
   * (a scraper that strips tags only) says what the page showed. Only a complete reference, with
   * its semicolon, that names a char other than a control: "AT&T", "R&D" stay.
   */
  private static String decodeReferences(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s; // most texts
    }
    StringBuilder out = null;
    int from = 0;
    for (int i = amp; i >= 0; i = s.indexOf('&', i + 1)) {
      // the semicolon right after a name's letters and digits, looked for only that far
      int semicolon = -1;
      int end = Math.min(s.length(), i + 2 + LONGEST_REFERENCE);
      for (int k = i + 1; k < end && semicolon < 0; k++) {
        char c = s.charAt(k);
        if (c == ';') {
          semicolon = k;
        } else if (!Chars.isLetterOrDigit(c) && c != '#') {
          break;
        }
      }
      if (semicolon < 0) {
        continue;
      }
      String named = reference(s.substring(i + 1, semicolon));
      if (named == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, from, i).append(named);
      from = semicolon + 1;
      i = semicolon;
    }
    return out == null ? s : out.append(s, from, s.length()).toString();
  }

  /** What reference {@code name} ({@code nbsp}, {@code #8217}, {@code #x2019}) names, or null. */
  private static String reference(String name) {
    if (name.isEmpty()) {
      return null;
    }
    if (name.charAt(0) != '#') {
      return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
    }
    boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
    String digits = name.substring(hex ? 2 : 1);
    if (digits.isEmpty() || digits.length() > (hex ? 6 : 7)) {
      return null;
    }
    int code = 0;
    for (int k = 0; k < digits.length(); k++) {
      int d = Character.digit(digits.charAt(k), hex ? 16 : 10);
      if (d < 0) {
        return null;
      }
      code = code * (hex ? 16 : 10) + d;
    }
    return Character.isValidCodePoint(code) && !Character.isISOControl(code)
        && (code < 0xD800 || code > 0xDFFF) ? new String(Character.toChars(code)) : null;
  }

  /**
   * {@code s} (its chars in {@code chars}) with each space other than U+0020 as U+0020 and the
   * invisible format chars dropped ({@link
   * Chars#isOddSpaceOrInvisible}): a page shows them so, and a no-break space between a title and
   * a name, or a soft hyphen inside the name, would otherwise hide it from every stage.
   */
  private static String plainSpaces(String s, char[] chars) {
    // rewritten in place: the chars are the thread's copy, and what is kept never outruns them
    int size = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = chars[i];
      if (!Chars.isOddSpaceOrInvisible(c) || isLineSeparator(c)) {
        chars[size++] = c; // a line separator is a line's end: joinTrimmedLines makes it LF
      } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
        chars[size++] = ' ';
      }
    }
    return new String(chars, 0, size);
  }

  /**
   * Whether a line of {@code s} (split at LF only) ends in white space: most texts have none and
   * no CR, and are then kept as they are, without a copy.
   */
  private static boolean hasTrailingBlank(String s) {
    int end = s.indexOf('\n');
    while (true) {
      int lineEnd = end < 0 ? s.length() : end;
      if (lineEnd > 0 && s.charAt(lineEnd - 1) != '\n' && isBlank(s.charAt(lineEnd - 1))) {
        return true;
      }
      if (end < 0) {
        return false;
      }
      end = s.indexOf('\n', end + 1);
    }
  }

  /** Whether {@code c} ends a line as LF does: U+2028, U+2029, U+0085. */
  private static boolean isLineSeparator(char c) {
    return c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /**
   * {@code s} with CR, CRLF and the other line separators as LF and each line's trailing white
   * space dropped.
   */
  private static String joinTrimmedLines(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int lineStart = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n' || isLineSeparator(c)) {
        appendTrimmed(sb, s, lineStart, i);
        sb.append('\n');
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    appendTrimmed(sb, s, lineStart, s.length());
    return sb.toString();
  }

  private static void appendTrimmed(StringBuilder sb, String s, int from, int to) {
    int end = to;
    while (end > from && s.charAt(end - 1) != '\n' && isBlank(s.charAt(end - 1))) {
      end--;
    }
    sb.append(s, from, end);
  }

  private static ArticleParseException binaryAtByte(
      String source, byte[] bytes, int pos, String message) {
    return atByte(source, bytes, pos, Reason.BINARY, message);
  }

  private static ArticleParseException atByte(
      String source, byte[] bytes, int pos, Reason reason, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new ArticleParseException(
        ParseProblem.builder()
            .source(source)
            .reason(reason)
            .line(line)
            .column(pos - lineStart + 1)
            .byteOffset(pos)
            .message(message)
            .build());
  }

  private static ArticleParseException binaryAtChar(
      String source, String s, int pos, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos; i++) {
      if (s.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new ArticleParseException(
        ParseProblem.at(source, Reason.BINARY, line, pos - lineStart + 1, message));
  }
}

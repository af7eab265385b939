package io.github.vnru.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reference scorer's ({@code score.py}) small helpers, in Java, with Python's semantics: field
 * look-up by several names and one level down, id sets, dates, white-space folding, {@code repr}
 * and {@code %.3f}. JSON values become {@code null} (None), {@link String}, {@link Boolean},
 * {@link Long}, {@link Double}, or stay a {@link JsonNode} (objects, arrays).
 */
final class Py {
  private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\p{Nd}{4}(-\\p{Nd}{2})?");

  private Py() {}

  /** {@code get(d, *keys)}: a field by any of several names, also one level down. */
  static JsonNode get(JsonNode d, String... keys) {
    if (d == null || !d.isObject()) {
      return null;
    }
    for (String k : keys) {
      if (d.has(k)) {
        return none(d.get(k));
      }
    }
    for (Iterator<JsonNode> it = d.elements(); it.hasNext(); ) {
      JsonNode v = it.next();
      if (v.isObject()) {
        for (String k : keys) {
          if (v.has(k)) {
            return none(v.get(k));
          }
        }
      }
    }
    return null;
  }

  /** A JSON value, with JSON {@code null} as Java {@code null}. */
  static JsonNode none(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? null : v;
  }

  /** The Python value of a JSON scalar; objects and arrays stay nodes. */
  static Object value(JsonNode v) {
    v = none(v);
    if (v == null) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    return v;
  }

  /** Python truthiness of a JSON value. */
  static boolean truthy(JsonNode v) {
    v = none(v);
    if (v == null) {
      return false;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0;
    }
    return v.size() > 0;
  }

  /** {@code ids(xs)}: the ids in a list of strings or of objects naming an id. */
  static Set<Object> ids(JsonNode xs) {
    Set<Object> out = new LinkedHashSet<>();
    if (!truthy(xs)) {
      return out;
    }
    if (xs.isTextual()) { // Python iterates a string's characters
      xs.textValue().codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
      return out;
    }
    if (xs.isObject()) { // Python iterates a dict's keys
      xs.fieldNames().forEachRemaining(out::add);
      return out;
    }
    for (JsonNode x : xs) {
      if (x.isTextual()) {
        out.add(x.textValue());
      } else if (x.isObject()) {
        JsonNode v = get(x, "id", "person", "personId", "party", "partyId");
        if (v != null && v.isObject()) {
          v = none(v.get("id"));
        }
        if (truthy(v)) {
          out.add(value(v));
        }
      }
    }
    return out;
  }

  /** The strings of a gold array. */
  static Set<Object> strings(JsonNode array) {
    Set<Object> out = new LinkedHashSet<>();
    if (array != null) {
      array.forEach(n -> out.add(value(n)));
    }
    return out;
  }

  /** {@code date_str(v)}: an ISO date or {@code --MM-DD} from a string or a date object. */
  static String dateStr(JsonNode v) {
    v = none(v);
    if (v == null) {
      return null;
    }
    if (v.isObject()) {
      long y = intOf(v.get("year"));
      long m = intOf(v.get("month"));
      long d = intOf(v.get("day"));
      if (m != 0 && d != 0) {
        return (y != 0 ? String.format(Locale.ROOT, "%04d", y) : "-")
            + String.format(Locale.ROOT, "-%02d-%02d", m, d);
      }
      return null;
    }
    return str(value(v));
  }

  private static long intOf(JsonNode v) {
    v = none(v);
    return v != null && v.isNumber() ? v.longValue() : 0;
  }

  /** {@code date == None} when gold has no day and the prediction only a year or month. */
  static boolean isYearOrMonth(Object v) {
    return v instanceof String && YEAR_OR_MONTH.matcher((String) v).matches();
  }

  /** {@code str(v)}. */
  static String str(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean) {
      return (Boolean) v ? "True" : "False";
    }
    return v.toString();
  }

  /** {@code norm(s)}: NFC, runs of white space as one space, stripped; other values as they are. */
  static Object norm(Object s) {
    if (!(s instanceof String)) {
      return s;
    }
    String nfc = Normalizer.normalize((String) s, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); ) {
      int c = nfc.codePointAt(i);
      i += Character.charCount(c);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  /** Python's {@code str.isspace()} for one code point (what {@code \s} and strip() use). */
  static boolean isSpace(int c) {
    return (c >= 0x09 && c <= 0x0D)
        || (c >= 0x1C && c <= 0x20)
        || c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** The first {@code n} code points of {@code s}, as Python's {@code s[:n]}. */
  static String head(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** {@code repr(v)} for None, strings, booleans, numbers and sets (sorted, unlike Python). */
  static String repr(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof String) {
      return reprString((String) v);
    }
    if (v instanceof Collection) {
      Collection<?> c = (Collection<?>) v;
      if (c.isEmpty()) {
        return "set()";
      }
      return "{" + sorted(c).stream().map(Py::repr).collect(Collectors.joining(", ")) + "}";
    }
    if (v instanceof JsonNode) {
      return v.toString();
    }
    return str(v);
  }

  /** {@code repr(sorted(xs))}: a Python list of the sorted values. */
  static String reprSorted(Collection<?> xs) {
    return "[" + sorted(xs).stream().map(Py::repr).collect(Collectors.joining(", ")) + "]";
  }

  static List<Object> sorted(Collection<?> xs) {
    List<Object> out = new ArrayList<>(xs);
    out.sort((a, b) -> str(a).compareTo(str(b)));
    return out;
  }

  private static String reprString(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\\' || c == quote) {
        b.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c == 0x7F) {
        b.append(String.format(Locale.ROOT, "\\x%02x", c));
      } else {
        b.appendCodePoint(c);
      }
    }
    return b.append(quote).toString();
  }

  /** Python's {@code f"{x:.3f}"}: the double's exact value, rounded half to even. */
  static String fixed3(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.isNaN(x) ? "nan" : (x > 0 ? "inf" : "-inf");
    }
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code x} rounded down to 3 decimals, for floors. */
  static String floor3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.FLOOR).toPlainString();
  }

  /** Python {@code ==} between two values made by {@link #value}. */
  static boolean eq(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return ((Number) a).doubleValue() == ((Number) b).doubleValue();
    }
    return java.util.Objects.equals(a, b);
  }
}

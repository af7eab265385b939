package io.github.vnru.model.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of every vnru type: camelCase field names, ISO dates, enums by name, ids as bare
 * strings, absent values as {@code null}, map keys sorted so output is byte-stable. Reading is
 * strict: an unknown field, a missing required field or trailing data is an error naming the
 * field and position, and JSON never chooses a class (no default typing).
 */
public final class VnruJson {
  /**
   * The mapper behind {@link #read}, {@link #write}, {@link #reader} and {@link #writer}, shared
   * because Jackson builds the (de)serializers of each type once per mapper, and that is most of
   * what a short program such as {@code vnru timeline} does. It registers only what vnru's types
   * need ({@code java.util.Optional}); {@link #mapper()} adds Guava's and java.time's types.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .serializationInclusion(JsonInclude.Include.ALWAYS)
          .build();

  private VnruJson() {}

  /**
   * A copy of the configured mapper that also reads and writes Guava's and java.time's types, free
   * to reconfigure without affecting vnru.
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy().registerModule(new GuavaModule()).registerModule(new JavaTimeModule());
  }

  /** A writer of compact single-line JSON, as in JSON Lines. */
  public static ObjectWriter writer() {
    return MAPPER.writer();
  }

  /** A reader for values of {@code type}. */
  public static ObjectReader reader(Class<?> type) {
    return MAPPER.readerFor(type);
  }

  /** The compact JSON form of {@code value}. */
  public static String write(Object value) {
    checkNotNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Reads a value of {@code type} from {@code json}.
   *
   * @throws IllegalArgumentException naming the type, the reason and the line and column when
   *     {@code json} is malformed or does not describe a valid {@code type}
   */
  public static <T> T read(String json, Class<T> type) {
    checkNotNull(json, "json");
    checkNotNull(type, "type");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(describe(type, e), e);
    }
  }

  /** A one-line description of a JSON failure: type, reason, line and column. */
  public static String describe(Class<?> type, JsonProcessingException e) {
    return describe(
        "not a valid " + type.getSimpleName().replaceFirst("^Immutable", "").toLowerCase(java.util.Locale.ROOT),
        e);
  }

  /**
   * A one-line description of a JSON failure without Java class names: {@code what} (such as
   * {@code "not a valid registry file"}), then the line, column and reason.
   */
  public static String describe(String what, JsonProcessingException e) {
    String where =
        e.getLocation() == null || e.getLocation().getLineNr() < 1
            ? ""
            : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String reason = e.getOriginalMessage();
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      reason = "unknown field '" + u.getPropertyName() + "'; known fields: " + u.getKnownPropertyIds();
    } else if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
      reason = cause.getMessage();
    }
    return what + where + ": " + plain(firstLine(reason));
  }

  private static final java.util.regex.Pattern JAVA_TYPE =
      java.util.regex.Pattern.compile("`?\\b(?:[a-z]\\w*\\.)+([A-Z]\\w*)(?:\\$\\w+)?(?:<[^`]*>)?`?");

  /** Jackson's reasons name Java types; say what JSON was expected instead. */
  static String plain(String reason) {
    java.util.regex.Matcher m = JAVA_TYPE.matcher(reason);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String t = m.group(1);
      String word;
      switch (t) {
        case "String":
          word = "a text";
          break;
        case "Integer":
        case "Long":
        case "Double":
        case "Short":
          word = "a number";
          break;
        case "Boolean":
          word = "true or false";
          break;
        default:
          word = t.endsWith("List") || t.endsWith("Set") || t.endsWith("Collection") ? "a list"
              : t.endsWith("Map") ? "an object"
              : article(t.replaceFirst("^Immutable", "")
                  .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT));
      }
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(word));
    }
    m.appendTail(sb);
    return sb.toString()
        .replaceAll("\\s*\\(for Object starting at[^)]*\\)", "")
        .replaceAll("\\s*\\(token `[^`]*`\\)", "")
        // "from Integer value": the JSON value found, named by Jackson's Java words
        .replaceAll("\\bfrom (?:Integer|Long|Double|Float|Floating-point|BigInteger|BigDecimal)"
            + " value\\b", "from a number")
        .replaceAll("\\bfrom String value\\b", "from a text")
        .replaceAll("\\bfrom Boolean value\\b", "from true or false")
        .replaceAll("\\bfrom Array value\\b", "from a list")
        .replaceAll("\\bfrom Object value\\b", "from an object")
        .replaceAll("\\bfrom boolean value\\b", "from true or false")
        // "Cannot construct instance of a place (although at least one Creator exists): no
        // String-argument constructor/factory method to deserialize from a text ('Hanoi')"
        .replaceAll("Cannot construct instance of (.+?) \\(although at least one Creator exists\\):"
            + " no .*? to deserialize from (.+)$", "expected $1, found $2")
        .replaceAll("Cannot deserialize value of type (.+?) from (.+)$", "expected $1, found $2");
  }

  /** {@code words} after "a" or "an" ("a place", "an article"). */
  private static String article(String words) {
    return ("aeiou".indexOf(words.isEmpty() ? 'x' : words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown reason";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

package io.github.vnru.parser;

import io.github.vnru.model.VnruStyle;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Why one source could not be parsed: the source's name, a {@link Reason}, where in the source
 * the problem lies (line and column, and for encoding problems the byte offset), and a message.
 * {@link #toString()} prints it compiler-style: {@code bad.txt:1:38: invalid UTF-8 (bytes C3
 * 28)}.
 */
@Value.Immutable
@VnruStyle
public abstract class ParseProblem {
  /** Only Immutables' implementation extends this class. */
  ParseProblem() {}

  /** The kinds of bad input. */
  public enum Reason {
    /** The source has no bytes, or only white space. */
    EMPTY,
    /**
     * The bytes are not valid in the parser's charset (UTF-8 unless set); the message names the
     * option to read the file in another one.
     */
    NOT_UTF8,
    /** The source holds binary data (NUL bytes or many control characters). */
    BINARY,
    /** The source is larger than the parser's size limit. */
    TOO_LARGE,
    /**
     * The source holds no article text at all: only a URL line or a date header, credits or page
     * junk. (A text without a headline or without a body is an article, with a warning.)
     */
    NO_TEXT,
    /** A JSON Lines file (as {@code vnru parse} writes) holds a line that is not an article. */
    BAD_JSON_LINE,
    /** JSON Lines of several articles where one was asked for. */
    MANY_ARTICLES,
    /** The file cannot be read (missing, a directory, no permission, corrupt gzip data). */
    UNREADABLE,
    /** A path that does not exist. */
    NOT_FOUND,
    /** A file whose article id another input already has. */
    DUPLICATE_ID,
    /** An HTML page declares a charset that is not a known encoding. */
    UNKNOWN_CHARSET
  }

  /** The source's name as given: a path, or an article id. */
  public abstract String source();

  /** The kind of problem. */
  public abstract Reason reason();

  /** The 1-based line of the problem, if it has one. */
  public abstract OptionalInt line();

  /** The 1-based column of the problem, if it has one (bytes for encoding problems). */
  public abstract OptionalInt column();

  /** The 0-based byte offset of the problem in the raw source, for encoding problems. */
  public abstract OptionalLong byteOffset();

  /** What is wrong, without the source's name. */
  public abstract String message();

  /** A new builder. */
  public static ImmutableParseProblem.Builder builder() {
    return ImmutableParseProblem.builder();
  }

  /** A problem without a position. */
  public static ParseProblem of(String source, Reason reason, String message) {
    return builder().source(source).reason(reason).message(message).build();
  }

  /** A problem at {@code line:column}. */
  public static ParseProblem at(
      String source, Reason reason, int line, int column, String message) {
    return builder()
        .source(source)
        .reason(reason)
        .line(line)
        .column(column)
        .message(message)
        .build();
  }

  /** Compiler style: {@code source:line:col: message}, or {@code source: message}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source());
    if (line().isPresent()) {
      sb.append(':').append(line().getAsInt());
      if (column().isPresent()) {
        sb.append(':').append(column().getAsInt());
      }
    }
    return sb.append(": ").append(message()).toString();
  }
}

package io.github.vnru.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Errors in words a user can act on: what was wrong and what to do, no Java class names. */
final class Errors {
  private static final Pattern CONVERT =
      Pattern.compile("cannot convert '([^']*)' to (?:class |interface )?[\\w.$]+ \\(.*\\)$");
  private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|com|io|org)\\.[\\w.$]+");

  private Errors() {}

  /** A usage error from picocli, with any Java type name replaced, on one line. */
  static String plain(String message) {
    Matcher m = CONVERT.matcher(message);
    if (m.find()) {
      message = message.substring(0, m.start()) + "'" + m.group(1) + "' is not a valid value";
    }
    return oneLine(JAVA_NAME.matcher(message).replaceAll("a value"));
  }

  /**
   * {@code s} on one line: a value the user gave may hold a line break or another control
   * character, which is shown escaped ({@code \n}) so that one error stays one line.
   */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** An error that stopped a command. */
  static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    while (t instanceof java.util.concurrent.ExecutionException && t.getCause() != null) {
      t = t.getCause(); // a worker thread's failure
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory; give Java a larger heap, e.g. java -Xmx1g -jar vnru.jar ...";
    }
    if (t instanceof NoSuchFileException) {
      String f = ((NoSuchFileException) t).getFile();
      return f + ": no such file or folder; check the path";
    }
    if (t instanceof AccessDeniedException) {
      return ((FileSystemException) t).getFile()
          + ": permission denied; choose a file you may read or write";
    }
    if (t instanceof NotDirectoryException) {
      return ((FileSystemException) t).getFile() + ": not a folder; check the path";
    }
    if (t instanceof FileAlreadyExistsException) {
      return ((FileSystemException) t).getFile() + ": already exists";
    }
    if (t instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) t;
      return f.getFile() + ": " + (f.getReason() == null ? "cannot be used" : f.getReason());
    }
    if (t instanceof IOException) {
      return "input/output error: " + t.getMessage();
    }
    if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
      return t.getMessage();
    }
    return "unexpected error: " + t
        + ". This is a bug in vnru; run the command again with --verbose and report the output.";
  }
}

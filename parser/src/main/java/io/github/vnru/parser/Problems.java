package io.github.vnru.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Input/output failures in words a user can act on, without Java class names. */
final class Problems {
  private Problems() {}

  static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException ? e.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (t instanceof FileSystemException) {
      String reason = ((FileSystemException) t).getReason();
      return reason == null ? "the file system refused" : reason;
    }
    if (t instanceof IOException && t.getMessage() != null) {
      return t.getMessage();
    }
    return "an input/output error";
  }
}

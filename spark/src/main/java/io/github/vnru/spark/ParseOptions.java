package io.github.vnru.spark;

import static java.util.Objects.requireNonNull;

import io.github.vnru.extract.Registry;
import io.github.vnru.parser.ArticleParser;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@link VnruSpark#parse(org.apache.spark.sql.SparkSession, String, ParseOptions)} parses:
 * the user's registry files, the relevance gate, the size limit. Immutable and serialisable: it
 * travels to every executor with the job, carrying the registry files' contents (read once on
 * the driver), so executors need no access to the driver's files.
 */
public final class ParseOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ParseOptions DEFAULTS =
      new ParseOptions(new LinkedHashMap<>(), false, ArticleParser.DEFAULT_MAX_BYTES);

  /** File name to JSON text, in the order given. */
  private final LinkedHashMap<String, String> registryFiles;
  private final boolean relevantOnly;
  private final long maxBytes;

  private ParseOptions(LinkedHashMap<String, String> registryFiles, boolean relevantOnly, long maxBytes) {
    this.registryFiles = registryFiles;
    this.relevantOnly = relevantOnly;
    this.maxBytes = maxBytes;
  }

  /** The built-in registry, every file parsed, the default size limit. */
  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options plus a user's registry file (the format of {@code vnru parse --registry}),
   * added to the built-in registry. The file is read and checked now, on the driver.
   *
   * @throws IllegalArgumentException naming the file if it is not valid registry JSON
   * @throws UncheckedIOException if it cannot be read
   */
  public ParseOptions withRegistry(Path file) {
    requireNonNull(file, "file");
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read registry file " + file + ": " + e, e);
    }
    LinkedHashMap<String, String> files = new LinkedHashMap<>(registryFiles);
    Path name = file.getFileName();
    String key = name == null ? file.toString() : name.toString();
    while (files.containsKey(key)) {
      key = "_" + key;
    }
    files.put(key, json);
    // the driver's own check, with the user's file name in any message
    Registry.builder().addDefaults().add(file).build();
    ParseOptions out = new ParseOptions(files, relevantOnly, maxBytes);
    if (files.size() > 1) {
      Parsers.registry(out); // the files together: no id twice
    }
    return out;
  }

  /** These options with the relevance gate on or off (default off). */
  public ParseOptions relevantOnly(boolean on) {
    return new ParseOptions(registryFiles, on, maxBytes);
  }

  /**
   * These options with another size limit per file, in bytes.
   *
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public ParseOptions maxBytes(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes " + maxBytes + " is not positive");
    }
    return new ParseOptions(registryFiles, relevantOnly, maxBytes);
  }

  /** Whether only the files the relevance gate lets through are parsed. */
  public boolean relevantOnly() {
    return relevantOnly;
  }

  /** The size limit per file, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The user's registry files: name to JSON text, in the order added. */
  public Map<String, String> registryFiles() {
    return java.util.Collections.unmodifiableMap(registryFiles);
  }

  /** The key under which an executor keeps the parser these options make. */
  String parserKey() {
    return maxBytes + "\0" + new ArrayList<>(registryFiles.entrySet());
  }

  @Override
  public String toString() {
    return "ParseOptions[registry=" + registryFiles.keySet() + ", relevantOnly=" + relevantOnly
        + ", maxBytes=" + maxBytes + "]";
  }
}

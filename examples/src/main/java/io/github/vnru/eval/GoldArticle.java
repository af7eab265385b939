package io.github.vnru.eval;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One hand-checked gold answer: the file {@code <id>.json} of a gold folder, in the format the
 * README's "Gold files" section describes.
 *
 * @param id the article id the file names
 * @param language the article's language code ({@code vi}, {@code en})
 * @param file where it was read from
 * @param json the whole gold object
 */
public record GoldArticle(String id, String language, Path file, JsonNode json) {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final List<String> FIELDS =
      List.of("id", "language", "url", "publisher", "publishedDate", "title", "meetings",
          "persons", "parties");
  private static final List<String> MEETING_FIELDS =
      List.of("kind", "date", "country", "participants", "parties");

  /** Checks for nulls. */
  public GoldArticle {
    checkNotNull(id, "id");
    checkNotNull(language, "language");
    checkNotNull(file, "file");
    checkNotNull(json, "json");
  }

  /**
   * Reads every {@code *.json} file of {@code dir}, sorted by file name.
   *
   * @throws IOException if the folder or a file cannot be read
   * @throws IllegalArgumentException naming the file and the field if a file is not valid gold
   */
  public static List<GoldArticle> loadAll(Path dir) throws IOException {
    checkNotNull(dir, "dir");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
      s.forEach(files::add);
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    List<GoldArticle> out = new ArrayList<>();
    for (Path f : files) {
      out.add(load(f));
    }
    return out;
  }

  /**
   * Reads one gold file.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the file and the field if it is not valid gold
   */
  public static GoldArticle load(Path file) throws IOException {
    JsonNode g;
    try {
      g = JSON.readTree(new String(Files.readAllBytes(file), UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + ": invalid JSON at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
    if (g == null || !g.isObject()) {
      throw new IllegalArgumentException(file + ": not a JSON object");
    }
    for (String f : FIELDS) {
      if (!g.has(f)) {
        throw new IllegalArgumentException(file + ": missing field '" + f + "'");
      }
    }
    require(file, g, "id", g.get("id").isTextual(), "a string");
    require(file, g, "language", g.get("language").isTextual(), "a string");
    for (String f : List.of("meetings", "persons", "parties")) {
      require(file, g, f, g.get(f).isArray(), "an array");
    }
    int i = 0;
    for (JsonNode m : g.get("meetings")) {
      String where = "meetings[" + i++ + "]";
      require(file, g, where, m.isObject(), "an object");
      for (String f : MEETING_FIELDS) {
        if (!m.has(f)) {
          throw new IllegalArgumentException(file + ": " + where + ": missing field '" + f + "'");
        }
      }
      require(file, g, where + ".participants", m.get("participants").isArray(), "an array");
      require(file, g, where + ".parties", m.get("parties").isArray(), "an array");
    }
    return new GoldArticle(g.get("id").textValue(), g.get("language").textValue(), file, g);
  }

  private static void require(Path file, JsonNode g, String field, boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException(file + ": field '" + field + "' must be " + what);
    }
  }
}

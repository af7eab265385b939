package io.github.vnru.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExamplesTest {
  private interface Example {
    void run(PrintStream out) throws Exception;
  }

  private static String printed(Example example) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.run(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parseOneArticle_printsTheSeedRecord() throws Exception {
    String out = printed(o -> ParseOneArticle.run(new String[0], o));
    assertTrue(out.contains("id:        001_878f7d2422501cef"), out);
    assertTrue(out.contains("language:  vi"), out);
    assertTrue(out.contains("meeting:   PHONE_CALL 2021-04-05 [nguyen-phu-trong, vladimir-putin] [CPV]"), out);
  }

  @Test
  void parseOneArticle_readsAFileGivenAsArgument() throws Exception {
    String out = printed(o -> ParseOneArticle.run(new String[] {"../seeds/003_4f8b40688a4bdb1b.txt"}, o));
    assertTrue(out.contains("published: 2021-12-03"), out);
    assertTrue(out.contains("gennady-zyuganov"), out);
  }

  @Test
  void timeline_listsSeedMeetingsOldestFirstUndatedLast() throws Exception {
    String out = printed(Timeline::run);
    String[] lines = out.strip().split("\n");
    assertTrue(lines[0].startsWith("2021-04-05  PHONE_CALL"), out);
    assertTrue(lines[lines.length - 1].startsWith("undated"), out);
    assertTrue(out.contains("Tô Lâm and Dmitry Medvedev") || out.contains("Dmitry Medvedev and Tô Lâm"), out);
  }

  @Test
  void whoMetWhom_printsEachPairWithItsCount() throws Exception {
    String out = printed(WhoMetWhom::run);
    assertTrue(out.contains("Nguyễn Phú Trọng – Vladimir Putin: 2 meeting(s)"), out);
    assertTrue(out.contains("Dmitry Medvedev – Tô Lâm: 1 meeting(s), first 2025-10-10"), out);
  }

  @Test
  void exportAndReadBack_isIdentical(@TempDir Path dir) throws Exception {
    String out = printed(o -> ExportAndReadBack.run(dir.resolve("seeds.jsonl"), o));
    assertTrue(out.contains("read back 5 articles"), out);
    assertTrue(out.contains("identical: true"), out);
  }

  @Test
  void trongPutinPhoneCalls_findsOnlyTheCallCertainlyIn2020To2021() throws Exception {
    String out = printed(TrongPutinPhoneCalls::run);
    assertEquals(1, out.strip().split("\n").length, out);
    assertTrue(out.startsWith("2021-04-05: "), out);
  }
}

package io.github.vnru.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Generators of hostile input files for batch tests (issue 16), each deterministic: binary data,
 * invalid UTF-8, a 6 MB line, deeply nested HTML, gzip bombs, empty files, sparse files far over the
 * size limit, and files that vanish or become unreadable while {@code vnru parse} runs.
 */
final class HostileFiles {
  private HostileFiles() {}

  /** A kind of hostile file and whether {@code vnru parse} must refuse it. */
  enum Kind {
    BINARY("bin", ".txt", true),
    INVALID_UTF8("utf8", ".txt", true),
    LONG_LINE("line", ".txt", false),
    DEEP_HTML("deep", ".html", false),
    GZIP_BOMB("bomb", ".html.gz", true),
    EMPTY("empty", ".txt", true),
    OVER_LIMIT("huge", ".txt", true),
    VANISHES("zz-vanish", ".txt", true),
    BECOMES_UNREADABLE("zz-unreadable", ".txt", true);

    final String prefix;
    final String extension;
    /** Whether the file can never give an article. */
    final boolean refused;

    Kind(String prefix, String extension, boolean refused) {
      this.prefix = prefix;
      this.extension = extension;
      this.refused = refused;
    }
  }

  /** Writes a hostile file of {@code kind} as {@code dir/<prefix>-<n><extension>}. */
  static Path write(Path dir, Kind kind, int n) throws IOException {
    Path f = dir.resolve(kind.prefix + "-" + n + kind.extension);
    Random random = new Random(n * 31L + kind.ordinal());
    switch (kind) {
      case BINARY:
        {
          byte[] b = new byte[4096 + random.nextInt(4096)];
          random.nextBytes(b);
          Files.write(f, b);
          break;
        }
      case INVALID_UTF8:
        Files.write(
            f,
            concat(
                "Tổng Bí thư hội đàm với Tổng thống Putin\n\nNgày 5/4/2021, ".getBytes(UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                " hai bên hội đàm.\n".getBytes(UTF_8)));
        break;
      case LONG_LINE:
        {
          // one 6 MB line of article text without a line break, naming the leaders now and then
          StringBuilder sb = new StringBuilder(6 << 20);
          sb.append("Putin and To Lam held talks in Moscow\n\n");
          String names = "President Vladimir Putin met General Secretary To Lam in Moscow. ";
          String other = "The two sides discussed cooperation in trade, energy and education. ";
          for (int i = 0; sb.length() < (6 << 20); i++) {
            sb.append(i % 100 == 0 ? names : other);
          }
          Files.writeString(f, sb, UTF_8);
          break;
        }
      case DEEP_HTML:
        {
          int depth = 100_000;
          StringBuilder sb = new StringBuilder(depth * 12);
          sb.append("<!DOCTYPE html><html><head><title>Deep page</title></head><body>");
          for (int i = 0; i < depth; i++) {
            sb.append(i % 2 == 0 ? "<div>" : "<span>");
          }
          sb.append("<p>President Vladimir Putin met General Secretary To Lam in Moscow.</p>");
          Files.writeString(f, sb, UTF_8);
          break;
        }
      case GZIP_BOMB:
        // 200 MB of zeros in about 200 KB: inflated only up to the size limit
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16)) {
          byte[] zeros = new byte[1 << 20];
          for (int i = 0; i < 200; i++) {
            out.write(zeros);
          }
        }
        break;
      case EMPTY:
        Files.write(f, new byte[0]);
        break;
      case OVER_LIMIT:
        // sparse: 20 GB long, no disk used; reading it whole would take minutes and the heap
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
          raf.setLength(20L << 30);
        }
        break;
      case VANISHES:
      case BECOMES_UNREADABLE:
        Files.writeString(f, "Putin met To Lam\n\nPutin met To Lam in Moscow.\n", UTF_8);
        break;
      default:
        throw new AssertionError(kind);
    }
    return f;
  }

  /** What {@link #spoil} does to the files that vanish or become unreadable during the run. */
  static void spoil(Path f, Kind kind) throws IOException {
    if (kind == Kind.VANISHES) {
      Files.delete(f);
    } else if (kind == Kind.BECOMES_UNREADABLE) {
      // chmod 000 stops everyone but root (CI runs as root): a folder in its place stops root too
      Files.delete(f);
      Files.createDirectory(f);
    }
  }

  /** The hostile kinds in turn, {@code count} files in all. */
  static List<Kind> mix(int count) {
    List<Kind> kinds = new ArrayList<>();
    Kind[] all = Kind.values();
    for (int i = 0; i < count; i++) {
      kinds.add(all[i % all.length]);
    }
    return kinds;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}

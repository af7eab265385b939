package io.github.vnru.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A deterministic corpus of raw articles derived from the five seeds: each article takes one seed
 * (round robin) and substitutes the persons it names with others from a pool (registry leaders
 * and made-up names, with the seed's surname and Vietnamese-transliteration forms kept
 * consistent), shifts its dates and years, varies counts ("35 năm", "535 words"), URL numbers and
 * the headline, and writes about one article in ten in decomposed Unicode (NFD), as some sites
 * do. Article {@code i} is the same whatever the corpus size, so a corpus of {@code n} is a
 * prefix of every larger one.
 */
public final class CorpusGenerator {
  /** One raw article: its id (the file name without {@code .txt}) and its UTF-8 bytes. */
  public record RawArticle(String id, byte[] bytes) {}

  /** The default generator seed, used by every benchmark. */
  public static final long DEFAULT_SEED = 0x5EED_2025L;

  private static final String[] SEED_VN_IDS = {"vnA", "vnB", "vnC"};
  private static final String[] SEED_RU_IDS = {"ruA", "ruB", "ruC", "ruD"};

  /** Every way the seeds write a person: text, identity, form. */
  private static final String[][] SEED_NAMES = {
    {"Nguyễn Phú Trọng", "vnA", "full"},
    {"Tô Lâm", "vnB", "full"},
    {"Nguyễn Xuân Phúc", "vnC", "full"},
    {"Phúc", "vnC", "short"},
    {"Vladimir Putin", "ruA", "full"},
    {"V. Pu-tin", "ruA", "translit"},
    {"Pu-tin", "ruA", "translitShort"},
    {"Putin", "ruA", "short"},
    {"Dmitry Medvedev", "ruB", "full"},
    {"Medvedev", "ruB", "short"},
    {"Madvedev", "ruB", "short"},
    {"Gennady Zyuganov", "ruC", "full"},
    {"Zyuganov", "ruC", "short"},
    {"Seigey Mironov", "ruD", "full"},
  };

  private static final Pattern NAME;
  private static final Map<String, String[]> NAME_ROLE = new HashMap<>();

  static {
    List<String> tokens = new ArrayList<>();
    for (String[] n : SEED_NAMES) {
      tokens.add(n[0]);
      NAME_ROLE.put(n[0], new String[] {n[1], n[2]});
    }
    tokens.sort(Comparator.comparingInt(String::length).reversed());
    NAME =
        Pattern.compile(
            "(?=["
                + tokens.stream().map(t -> t.substring(0, 1)).distinct().collect(Collectors.joining())
                + "])(?<![\\p{L}\\p{M}])(?:"
                + tokens.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{M}])");
  }

  /** A person of the pool: full name, short name, Vietnamese transliteration, and its short. */
  private record PoolPerson(String full, String shortName, String translit, String translitShort) {
    String form(String form) {
      switch (form) {
        case "short":
          return shortName;
        case "translit":
          return translit;
        case "translitShort":
          return translitShort;
        default:
          return full;
      }
    }
  }

  private static final List<PoolPerson> VN_KNOWN =
      vn(
          "Nguyễn Phú Trọng", "Tô Lâm", "Nguyễn Xuân Phúc", "Phạm Minh Chính", "Võ Văn Thưởng",
          "Vương Đình Huệ", "Lương Cường", "Trần Thanh Mẫn", "Bùi Thanh Sơn", "Nguyễn Tấn Dũng",
          "Trương Tấn Sang", "Nông Đức Mạnh", "Trần Đại Quang", "Nguyễn Thị Kim Ngân",
          "Nguyễn Minh Triết", "Phạm Bình Minh", "Nguyễn Sinh Hùng", "Lê Khả Phiêu",
          "Trần Đức Lương", "Phan Văn Khải");

  private static final List<PoolPerson> RU_KNOWN =
      List.of(
          new PoolPerson("Vladimir Putin", "Putin", "V. Pu-tin", "Pu-tin"),
          new PoolPerson("Dmitry Medvedev", "Medvedev", "Đ. Mét-vê-đép", "Mét-vê-đép"),
          new PoolPerson("Gennady Zyuganov", "Zyuganov", "G. Di-u-ga-nốp", "Di-u-ga-nốp"),
          new PoolPerson("Sergey Mironov", "Mironov", "X. Mi-rô-nốp", "Mi-rô-nốp"),
          new PoolPerson("Sergei Lavrov", "Lavrov", "X. La-vrốp", "La-vrốp"),
          new PoolPerson("Mikhail Mishustin", "Mishustin", "M. Mi-su-xtin", "Mi-su-xtin"),
          new PoolPerson("Valentina Matviyenko", "Matviyenko", "V. Mát-vi-en-cô", "Mát-vi-en-cô"),
          new PoolPerson("Vyacheslav Volodin", "Volodin", "V. Vô-lô-đin", "Vô-lô-đin"),
          new PoolPerson("Sergei Shoigu", "Shoigu", "X. Soi-gu", "Soi-gu"),
          new PoolPerson("Nikolai Patrushev", "Patrushev", "N. Pa-tru-sép", "Pa-tru-sép"));

  private static final String[] VN_FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"
  };
  private static final String[] VN_MIDDLE = {
    "Văn", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Xuân", "Thị"
  };
  private static final String[] VN_GIVEN = {
    "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Sơn", "Tâm", "Thắng", "Tuấn",
    "Vinh"
  };
  private static final String[] RU_FIRST = {
    "Ivan", "Alexei", "Nikolai", "Andrei", "Pavel", "Oleg", "Yuri", "Boris", "Igor", "Konstantin",
    "Viktor", "Anatoly"
  };
  private static final String[] RU_LAST = {
    "Petrov", "Ivanov", "Sokolov", "Kuznetsov", "Popov", "Volkov", "Morozov", "Novikov", "Fedorov",
    "Orlov", "Belov", "Kozlov", "Lebedev", "Egorov"
  };

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private static final Pattern DATES =
      Pattern.compile(
          // The lookahead skips, cheaply, the positions where no alternative can start.
          "(?=[0-9JFMASONDtp])(?:(?<iso>(?<!\\d)(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?!\\d))"
              + "|(?<en>(?<enm>"
              + String.join("|", MONTHS)
              + ") (?<end>\\d{1,2}), (?<eny>\\d{4}))"
              + "|(?<sl>(?<![\\d/])(?<sd>\\d{1,2})/(?<sm>\\d{1,2})(?:/(?<sy>\\d{4}))?(?![\\d/]))"
              + "|(?<th>tháng (?<tm>\\d{1,2})(?!\\d))"
              + "|(?<yr>(?<!\\d)(?<y>(?:19|20)\\d{2})(?!\\d))"
              + "|(?<num>(?<![\\d./-])(?<n>\\d{1,3})(?= (?:năm|tỷ|words|years)))"
              + "|(?<post>post(?<p>\\d+)))");

  private static final String[] VI_TITLE_SUFFIX = {
    "", " – Tin tức %d", " | Bản tin %d", " (%d)", " – Thời sự %d", " | Đối ngoại số %d"
  };
  private static final String[] EN_TITLE_SUFFIX = {"", " – news %d", " | issue %d", " (%d)"};

  private CorpusGenerator() {}

  /** {@code count} articles generated with {@link #DEFAULT_SEED}. */
  public static List<RawArticle> generate(int count) {
    return generate(count, DEFAULT_SEED);
  }

  /** {@code count} articles; the same {@code seed} always gives the same bytes. */
  public static List<RawArticle> generate(int count, long seed) {
    List<Map.Entry<String, String>> seeds = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : SeedTexts.load().entrySet()) {
      seeds.add(Map.entry(e.getKey(), strictDecode(e.getValue())));
    }
    RawArticle[] out = new RawArticle[count];
    IntStream.range(0, count)
        .parallel()
        .forEach(i -> out[i] = article(i, seeds.get(i % seeds.size()).getValue(), seed));
    return Arrays.asList(out);
  }

  /** The total size of {@code articles} in bytes. */
  public static long totalBytes(List<RawArticle> articles) {
    long n = 0;
    for (RawArticle a : articles) {
      n += a.bytes().length;
    }
    return n;
  }

  /** Writes each article to {@code dir/ID.txt} and returns the files in order. */
  public static List<Path> writeTo(Path dir, List<RawArticle> articles) {
    try {
      Files.createDirectories(dir);
      List<Path> files = new ArrayList<>(articles.size());
      for (RawArticle a : articles) {
        Path f = dir.resolve(a.id() + ".txt");
        Files.write(f, a.bytes());
        files.add(f);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new temporary folder holding {@code articles} as files. */
  public static Path writeToTemp(List<RawArticle> articles) {
    try {
      Path dir = Files.createTempDirectory("vnru-bench-");
      writeTo(dir, articles);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything in it; quietly does nothing for {@code null}. */
  public static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RawArticle article(int i, String seedText, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    String id = String.format(Locale.ROOT, "%06d_%016x", i, rnd.nextLong());
    String text = substituteNames(seedText, rnd);
    text = shiftDates(text, rnd);
    text = varyTitle(text, rnd, i);
    if (rnd.nextInt(10) == 0) {
      text = Normalizer.normalize(text, Normalizer.Form.NFD);
    }
    return new RawArticle(id, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String substituteNames(String text, SplittableRandom rnd) {
    Map<String, PoolPerson> cast = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String role : SEED_VN_IDS) {
      cast.put(role, pick(rnd, true, taken));
    }
    for (String role : SEED_RU_IDS) {
      cast.put(role, pick(rnd, false, taken));
    }
    return replace(
        NAME,
        text,
        m -> {
              String[] role = NAME_ROLE.get(m.group());
              return Matcher.quoteReplacement(cast.get(role[0]).form(role[1]));
            });
  }

  private static PoolPerson pick(SplittableRandom rnd, boolean vietnamese, Set<String> taken) {
    while (true) {
      PoolPerson p;
      if (rnd.nextInt(10) < 6) {
        List<PoolPerson> known = vietnamese ? VN_KNOWN : RU_KNOWN;
        p = known.get(rnd.nextInt(known.size()));
      } else if (vietnamese) {
        String given = VN_GIVEN[rnd.nextInt(VN_GIVEN.length)];
        String full =
            VN_FAMILY[rnd.nextInt(VN_FAMILY.length)]
                + " "
                + VN_MIDDLE[rnd.nextInt(VN_MIDDLE.length)]
                + " "
                + given;
        p = new PoolPerson(full, given, full, given);
      } else {
        String first = RU_FIRST[rnd.nextInt(RU_FIRST.length)];
        String last = RU_LAST[rnd.nextInt(RU_LAST.length)];
        p = new PoolPerson(first + " " + last, last, first.charAt(0) + ". " + last, last);
      }
      // Distinct full names and short names within one article, so roles never merge.
      if (!taken.contains(p.full()) && !taken.contains(p.shortName())) {
        taken.add(p.full());
        taken.add(p.shortName());
        return p;
      }
    }
  }

  private static String shiftDates(String text, SplittableRandom rnd) {
    int dy = rnd.nextInt(-20, 5);
    int dm = rnd.nextInt(12);
    int dd = rnd.nextInt(28);
    int dn = rnd.nextInt(1, 21);
    return replace(
        DATES,
        text,
        m -> {
              String r;
              if (m.group("iso") != null) {
                r =
                    String.format(
                        Locale.ROOT,
                        "%04d-%02d-%02d",
                        year(Integer.parseInt(m.group("iy")), dy),
                        month(Integer.parseInt(m.group("im")), dm),
                        day(Integer.parseInt(m.group("id")), dd));
              } else if (m.group("en") != null) {
                int mi = Arrays.asList(MONTHS).indexOf(m.group("enm")) + 1;
                r =
                    MONTHS[month(mi, dm) - 1]
                        + " "
                        + day(Integer.parseInt(m.group("end")), dd)
                        + ", "
                        + year(Integer.parseInt(m.group("eny")), dy);
              } else if (m.group("sl") != null) {
                String d = m.group("sd");
                String mo = m.group("sm");
                r =
                    pad(day(Integer.parseInt(d), dd), d.length())
                        + "/"
                        + month(Integer.parseInt(mo), dm)
                        + (m.group("sy") == null
                            ? ""
                            : "/" + year(Integer.parseInt(m.group("sy")), dy));
              } else if (m.group("th") != null) {
                r = "tháng " + month(Integer.parseInt(m.group("tm")), dm);
              } else if (m.group("yr") != null) {
                r = Integer.toString(year(Integer.parseInt(m.group("y")), dy));
              } else if (m.group("num") != null) {
                r = Integer.toString(Integer.parseInt(m.group("n")) + dn);
              } else {
                r = "post" + (Long.parseLong(m.group("p")) + rnd.nextInt(1_000_000));
              }
              return Matcher.quoteReplacement(r);
            });
  }

  /** {@code text} with each match of {@code p} replaced by {@code f} of its matcher. */
  private static String replace(
      Pattern p, String text, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    while (m.find()) {
      m.appendReplacement(out, f.apply(m));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String varyTitle(String text, SplittableRandom rnd, int i) {
    int start = 0;
    int end = text.indexOf('\n');
    if (end < 0) {
      return text;
    }
    if (text.startsWith("http")) {
      start = end + 1;
      end = text.indexOf('\n', start);
      if (end < 0) {
        return text;
      }
    }
    String line = text.substring(start, end);
    if (line.isBlank() || line.strip().startsWith("date ")) {
      return text;
    }
    boolean vi = line.chars().anyMatch(c -> c > 0x7F);
    String[] suffixes = vi ? VI_TITLE_SUFFIX : EN_TITLE_SUFFIX;
    String suffix = String.format(Locale.ROOT, suffixes[rnd.nextInt(suffixes.length)], i);
    String stripped = line.stripTrailing();
    return text.substring(0, start) + stripped + suffix + line.substring(stripped.length())
        + text.substring(end);
  }

  private static int year(int y, int dy) {
    return y >= 1990 && y <= 2035 ? y + dy : y;
  }

  private static int month(int m, int dm) {
    return m >= 1 && m <= 12 ? (m - 1 + dm) % 12 + 1 : m;
  }

  private static int day(int d, int dd) {
    return d >= 1 && d <= 31 ? (d - 1 + dd) % 28 + 1 : d;
  }

  private static String pad(int v, int width) {
    String s = Integer.toString(v);
    return s.length() < width ? "0".repeat(width - s.length()) + s : s;
  }

  private static List<PoolPerson> vn(String... names) {
    List<PoolPerson> out = new ArrayList<>();
    for (String n : names) {
      String given = n.substring(n.lastIndexOf(' ') + 1);
      out.add(new PoolPerson(n, given, n, given));
    }
    return List.copyOf(out);
  }

  static String strictDecode(byte[] bytes) {
    try {
      CharBuffer cb =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("seed is not UTF-8", e);
    }
  }

  /** Prints a few generated articles: {@code CorpusGenerator [count] [firstIndexToPrint]}. */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int from = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    List<RawArticle> all = generate(count);
    for (int i = from; i < Math.min(count, from + 5); i++) {
      System.out.println("=== " + all.get(i).id());
      System.out.println(new String(all.get(i).bytes(), StandardCharsets.UTF_8));
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d bytes, %d distinct%n",
        count,
        totalBytes(all),
        all.stream().map(a -> Arrays.hashCode(a.bytes())).distinct().count());
  }
}

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Same-JVM CPU-time A/B of parse throughput: one class loader per jar, jars alternating every
 * batch of 100 generated articles (the same articles for every jar in a round).
 * Usage: java -Xms2g -Xmx6g benchmarks/ab/JarAB.java SECONDS WARMUP_SECONDS jar1 jar2 ...
 * (each jar a benchmarks.jar built with -Pbench at the commit to compare; the first is the base)
 */
public class JarAB {
  static final int BATCH = 100;

  public static void main(String[] args) throws Exception {
    double seconds = Double.parseDouble(args[0]);
    double warm = Double.parseDouble(args[1]);
    int n = args.length - 2;
    String[] jars = Arrays.copyOfRange(args, 2, args.length);
    Object[] parsers = new Object[n];
    Method[] parse = new Method[n];
    List<String[]> ids = new ArrayList<>();
    List<byte[][]> bytes = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      URLClassLoader cl = new URLClassLoader(new URL[] {new File(jars[j]).toURI().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> ap = Class.forName("io.github.vnru.parser.ArticleParser", true, cl);
      parsers[j] = ap.getMethod("create").invoke(null);
      parse[j] = ap.getMethod("parse", String.class, byte[].class);
      Class<?> gen = Class.forName("io.github.vnru.bench.CorpusGenerator", true, cl);
      List<?> arts = (List<?>) gen.getMethod("generate", int.class).invoke(null, 2000);
      String[] is = new String[arts.size()];
      byte[][] bs = new byte[arts.size()][];
      for (int i = 0; i < arts.size(); i++) {
        Object a = arts.get(i);
        is[i] = (String) a.getClass().getMethod("id").invoke(a);
        bs[i] = (byte[]) a.getClass().getMethod("bytes").invoke(a);
      }
      ids.add(is);
      bytes.add(bs);
    }
    int count = ids.get(0).length;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean amx = (com.sun.management.ThreadMXBean) mx;
    long[] alloc = new long[n];
    long start = System.nanoTime();
    long[] cpu = new long[n];
    long[] arts = new long[n];
    List<double[]> ratios = new ArrayList<>();
    int cursor = 0;
    long sink = 0;
    int rounds = 0;
    while (true) {
      double el = (System.nanoTime() - start) / 1e9;
      if (el > seconds) break;
      boolean measured = el > warm;
      long[] t = new long[n];
      int rotate = rounds % n; // alternate which jar runs first in a round
      for (int k = 0; k < n; k++) {
        int j = (k + rotate) % n;
        long a0 = amx.getCurrentThreadAllocatedBytes();
        long c0 = mx.getCurrentThreadCpuTime();
        for (int b = 0; b < BATCH; b++) {
          int i = (cursor + b) % count;
          Object art = parse[j].invoke(parsers[j], ids.get(j)[i], bytes.get(j)[i]);
          sink += System.identityHashCode(art);
        }
        t[j] = mx.getCurrentThreadCpuTime() - c0;
        if (measured) {
          alloc[j] += amx.getCurrentThreadAllocatedBytes() - a0;
        }
      }
      cursor = (cursor + BATCH) % count;
      rounds++;
      if (measured) {
        double[] r = new double[n];
        for (int j = 0; j < n; j++) {
          cpu[j] += t[j];
          arts[j] += BATCH;
          r[j] = (double) t[0] / t[j];
        }
        ratios.add(r);
      }
    }
    System.out.printf("rounds measured %d (of %d), sink %d%n", ratios.size(), rounds, sink & 1);
    for (int j = 0; j < n; j++) {
      double[] col = new double[ratios.size()];
      for (int r = 0; r < col.length; r++) col[r] = ratios.get(r)[j];
      Arrays.sort(col);
      double med = col.length == 0 ? Double.NaN : col[col.length / 2];
      System.out.printf("%-45s %8.1f art/cpu-s  %6.1f KB/art  median ratio vs first %.3f  (p25 %.3f p75 %.3f)%n",
          jars[j], arts[j] / (cpu[j] / 1e9), alloc[j] / 1024.0 / arts[j], med,
          col.length == 0 ? Double.NaN : col[col.length / 4],
          col.length == 0 ? Double.NaN : col[col.length * 3 / 4]);
    }
    // the median ratio per quarter of the measured rounds: a trend says warm-up was not over
    int q = ratios.size() / 4;
    for (int j = 1; j < n && q > 0; j++) {
      StringBuilder b = new StringBuilder(jars[j] + " median ratio by quarter:");
      for (int part = 0; part < 4; part++) {
        double[] col = new double[q];
        for (int r = 0; r < q; r++) col[r] = ratios.get(part * q + r)[j];
        Arrays.sort(col);
        b.append(String.format(" %.3f", col[q / 2]));
      }
      System.out.println(b);
    }
  }
}

package io.github.vnru.eval;

import java.util.ArrayList;
import java.util.List;

/** A small line diff (longest common subsequence) printed with two lines of context. */
final class LineDiff {
  private static final int CONTEXT = 2;
  private static final int MAX_LINES = 120;

  private LineDiff() {}

  /** The lines of {@code a} missing from {@code b} as {@code -}, those added as {@code +}. */
  static String diff(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int[][] lcs = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>(); // "  line", "- line", "+ line"
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i].equals(y[j])) {
        ops.add("  " + x[i++]);
        j++;
      } else if (i < x.length && (j == y.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add("- " + x[i++]);
      } else {
        ops.add("+ " + y[j++]);
      }
    }
    boolean[] show = new boolean[ops.size()];
    for (int k = 0; k < ops.size(); k++) {
      if (!ops.get(k).startsWith("  ")) {
        for (int c = Math.max(0, k - CONTEXT); c <= Math.min(ops.size() - 1, k + CONTEXT); c++) {
          show[c] = true;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    int printed = 0;
    boolean gap = false;
    for (int k = 0; k < ops.size(); k++) {
      if (!show[k]) {
        gap = true;
        continue;
      }
      if (gap && out.length() > 0) {
        out.append("  ...\n");
      }
      gap = false;
      if (++printed > MAX_LINES) {
        out.append("  ... (diff cut at ").append(MAX_LINES).append(" lines)\n");
        break;
      }
      out.append(ops.get(k)).append('\n');
    }
    return out.toString();
  }
}

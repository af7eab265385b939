package io.github.vnru.report;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the report page's safety (issue 16): every free-text field from the
 * fuzzer's bytes; the page must pass {@link ReportSafety#check}. Regression inputs:
 * {@code src/test/resources/io/github/vnru/report/ReportFuzzTestInputs/report/}; a campaign:
 * {@code ./fuzz.sh examples ReportFuzzTest#report 10m}.
 */
class ReportFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void report(FuzzedDataProvider data) {
    String id = data.consumeString(40);
    String title = data.consumeString(60);
    String url = data.pickValue(new String[] {"", "http://", "https://", "javascript:", " "})
        + data.consumeString(60);
    String sentence = data.consumeString(80);
    String city = data.consumeString(30);
    String role = data.consumeString(30);
    String name1 = data.consumeString(30);
    String name2 = data.consumeString(30);
    String reportTitle = data.consumeRemainingAsString();
    String html =
        ReportSafety.render(id, title, url, sentence, city, role, name1, name2, reportTitle);
    ReportSafety.check(html, url);
  }
}

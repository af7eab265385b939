package io.github.vnru.examples;

import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.query.Corpus;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * The query from the README: Nguyễn Phú Trọng's phone calls with Putin in 2020–2021, by any
 * spelling of their names. Only calls whose every possible day lies in the range are listed.
 *
 * <pre>java -cp examples/target/vnru.jar io.github.vnru.examples.TrongPutinPhoneCalls</pre>
 */
public final class TrongPutinPhoneCalls {
  private TrongPutinPhoneCalls() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Corpus corpus = Corpus.seeds();
    for (Meeting call :
        corpus.meetings()
            .involving("nguyen phu trong")
            .with("V. Pu-tin")
            .ofKind(MeetingKind.PHONE_CALL)
            .between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
            .oldestFirst()
            .list()) {
      out.println(call.date().map(Object::toString).orElse("undated") + ": " + call.evidence().sentence());
    }
  }
}

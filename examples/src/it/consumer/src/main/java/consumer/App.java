package consumer;

import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.query.Corpus;
import java.util.List;

/** Uses vnru through its public API only, as a project that depends on vnru-query does. */
public final class App {
  public static void main(String[] args) {
    Corpus corpus = Corpus.seeds();
    List<Meeting> calls =
        corpus.meetings().involving("Nguyễn Phú Trọng").with("Putin").ofKind(MeetingKind.PHONE_CALL).list();
    System.out.println("seed articles: " + corpus.articleCount() + ", calls with Putin: " + calls.size());
    if (corpus.articleCount() != 5 || calls.isEmpty()) {
      throw new IllegalStateException("unexpected corpus: " + corpus);
    }
  }
}

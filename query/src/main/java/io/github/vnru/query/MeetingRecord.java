package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A meeting together with the article that reports it.
 *
 * @param meeting the meeting as the article reports it
 * @param article the article it comes from
 * @param participantNames the participants' names, one per participant in order: the registry name
 *     of each person (their id when the registry does not know them)
 */
public record MeetingRecord(Meeting meeting, Article article, List<String> participantNames) {
  /**
   * A record whose participant names are given, one per participant in order.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is not one name per participant
   */
  public MeetingRecord {
    checkNotNull(meeting, "meeting");
    checkNotNull(article, "article");
    participantNames = List.copyOf(participantNames);
    checkArgument(
        participantNames.size() == meeting.participants().size(),
        "%s participant names for %s participants",
        participantNames.size(),
        meeting.participants().size());
  }

  /**
   * A record whose participants are named by their person ids ({@link Corpus} queries give their
   * registry names instead).
   *
   * @throws NullPointerException if an argument is null
   */
  public MeetingRecord(Meeting meeting, Article article) {
    this(
        meeting,
        article,
        checkNotNull(meeting, "meeting").participants().stream()
            .map(p -> p.person().value())
            .collect(Collectors.toUnmodifiableList()));
  }

  /**
   * The participants as people read them, without a look-up: each one's title as the article
   * gives it, then their name ({@code Tổng thống Vladimir Putin}), in participant order.
   */
  public List<String> participantsWithTitles() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < participantNames.size(); i++) {
      String title = meeting.participants().get(i).title().orElse("");
      out.add(title.isEmpty() ? participantNames.get(i) : title + " " + participantNames.get(i));
    }
    return List.copyOf(out);
  }

  /** The id of the article the meeting comes from. */
  public String articleId() {
    return article.id();
  }
}

package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;

/**
 * A meeting together with the article that reports it.
 *
 * @param meeting the meeting as the article reports it
 * @param article the article it comes from
 */
public record MeetingRecord(Meeting meeting, Article article) {
  /**
   * A meeting and its article.
   *
   * @throws NullPointerException if either is null
   */
  public MeetingRecord {
    checkNotNull(meeting, "meeting");
    checkNotNull(article, "article");
  }

  /** The id of the article the meeting comes from. */
  public String articleId() {
    return article.id();
  }
}

package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One parsed news report: its source and dates, its text split into title, lead, paragraphs,
 * captions, credits and boilerplate, and the meetings, persons and parties it names.
 *
 * <p>Nothing the source said is lost: text judged to be page junk (related headlines, "Phản hồi",
 * cached-page footers) is kept in {@link #boilerplate()}, photo captions in {@link #captions()},
 * and source lines and bylines in {@link #credits()}; none of these is searched for mentions.
 * Spans in {@link #mentions()} and meeting evidence point into the normalised source text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
public abstract class Article {
  Article() {}

  /** The article's identifier: its file name without {@code .txt}. */
  public abstract String id();

  /** The URL the source gives, as written. */
  public abstract Optional<String> url();

  /** The publisher's host without {@code www.} ({@code vietnamnews.vn}), if stated. */
  public abstract Optional<String> publisher();

  /**
   * The publication date, as precisely as the source states it ({@code 2021-04-05}, or {@code
   * 2017-03} from a month-only date header); never a month-day without a year.
   */
  public abstract Optional<PartialDate> publishedDate();

  /** The language of the article. */
  public abstract Language language();

  /**
   * The headline, if the stored text has one; never blank. It is empty (JSON {@code null}) when
   * the text starts with a dateline, a photo caption or body text and no footer names the title;
   * {@link #warnings()} then holds a {@link WarningKind#NO_TITLE} saying why.
   */
  public abstract Optional<String> title();

  /** The standfirst under the headline, if any. */
  public abstract Optional<String> lead();

  /** The place of a dateline ({@code MOSCOW} in {@code MOSCOW — ...}), if any. */
  public abstract Optional<String> dateline();

  /** The body paragraphs, in order. */
  public abstract List<String> paragraphs();

  /** Photo captions and photo credits. */
  public abstract List<String> captions();

  /** Source lines, bylines and agency credits ({@code Nguồn: ...}, {@code — VNS}). */
  public abstract List<String> credits();

  /** Page junk kept apart: related headlines, comment prompts, cached-page footers, end marks. */
  public abstract List<String> boilerplate();

  /** The meetings the article reports, one per event. */
  public abstract List<Meeting> meetings();

  /** Every place the article's own text names a person, party or place. */
  public abstract List<Mention> mentions();

  /** Every person the article names, sorted by id. */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> persons();

  /** Every party the article names, sorted by id. */
  @Value.NaturalOrder
  public abstract SortedSet<PartyId> parties();

  /** Persons the article names that no registry lists, found by their title. */
  public abstract List<Person> unlistedPersons();

  /**
   * Recoverable problems met while parsing, in text order: a missing headline or body, a date left
   * unknown, with the reason. Filter them by {@link Warning#kind()}.
   */
  public abstract List<Warning> warnings();

  public static ImmutableArticle.Builder builder() {
    return ImmutableArticle.builder();
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "article id is blank");
    checkArgument(
        title().map(t -> !t.isBlank()).orElse(true), "article %s has a blank title", id());
    checkArgument(
        publishedDate().map(d -> d.year().isPresent()).orElse(true),
        "article %s: published date %s has no year",
        id(),
        publishedDate().orElse(null));
    for (Meeting m : meetings()) {
      for (Participant p : m.participants()) {
        checkArgument(
            persons().contains(p.person()),
            "article %s: meeting participant %s is not among its persons",
            id(),
            p.person());
      }
    }
    for (Person p : unlistedPersons()) {
      checkArgument(
          persons().contains(p.id()),
          "article %s: unlisted person %s is not among its persons",
          id(),
          p.id());
    }
  }
}

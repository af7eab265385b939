package io.github.vnru.extract;

import io.github.vnru.model.Language;
import io.github.vnru.model.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's own text, segmented: everything extraction may search. Boilerplate and credits are
 * never part of it.
 *
 * @param language the article's language
 * @param publishedDate the publication date, if known
 * @param dateline the dateline place as written ({@code MOSCOW}), if any
 * @param datelineDated whether the dateline names a day besides its place ({@code СОЧИ, 19 мая}):
 *     a wire report of that day's news from that place, whose meetings were held there
 * @param filedOn the day a dateline with a place names ({@code СОЧИ, 19 мая}): the reported
 *     events happened then unless the text dates them otherwise; a month and day when no year is
 *     known
 * @param segments title, lead, paragraphs and captions in document order
 */
public record ExtractionInput(
    Language language,
    Optional<LocalDate> publishedDate,
    Optional<String> dateline,
    boolean datelineDated,
    Optional<PartialDate> filedOn,
    List<Segment> segments) {
  public ExtractionInput {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(publishedDate, "publishedDate");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(filedOn, "filedOn");
    segments = List.copyOf(segments);
  }
}

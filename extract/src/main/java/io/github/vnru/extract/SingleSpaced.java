package io.github.vnru.extract;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.ImmutableMeeting;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An input as the stages read it: in each sentence, every run of white space (spaces, tabs, line
 * breaks, no-break spaces) one space, as a reader sees {@code Nguyễn Xuân  Phúc}, {@code
 * September  9} and a line break inside a sentence of a hard-wrapped text; so no stage allows for
 * runs. The sentences keep
 * their starts; what the stages found in a sentence read otherwise is placed back where the text
 * writes it ({@link #writtenStart}, {@link #writtenText}). Most inputs have no such run: they are
 * read as they are, and nothing is copied.
 */
final class SingleSpaced {
  /** A sentence read otherwise: as written, and per char read the offset of its char written. */
  private record Written(Sentence sentence, int[] at) {}

  private final ExtractionInput read;
  /** By start, the sentences (and sentence-less segments) read otherwise than written. */
  private final TreeMap<Integer, Written> written;

  private SingleSpaced(ExtractionInput read, TreeMap<Integer, Written> written) {
    this.read = read;
    this.written = written;
  }

  /** {@code input} as the stages read it. */
  static SingleSpaced of(ExtractionInput input) {
    boolean any = false;
    for (Segment g : input.segments()) {
      if (Chars.hasRunOfSpace(g.text())) {
        any = true;
        break;
      }
    }
    if (!any) {
      return new SingleSpaced(input, new TreeMap<>());
    }
    TreeMap<Integer, Written> written = new TreeMap<>();
    List<Segment> segments = new ArrayList<>(input.segments().size());
    for (Segment g : input.segments()) {
      if (!Chars.hasRunOfSpace(g.text())) {
        segments.add(g);
        continue;
      }
      List<Sentence> sentences = new ArrayList<>(g.sentences().size());
      for (Sentence s : g.sentences()) {
        sentences.add(Chars.hasRunOfSpace(s.text()) ? read(s, written) : s);
      }
      String text = g.text();
      if (g.sentences().isEmpty()) {
        // read as one sentence (MentionFinder): placed back as one
        Sentence whole = read(new Sentence(g.start(), text, List.of()), written);
        text = whole.text();
      } else {
        text = Chars.singleSpaced(text);
      }
      segments.add(new Segment(g.kind(), g.start(), text, sentences));
    }
    return new SingleSpaced(
        new ExtractionInput(input.language(), input.publishedDate(), input.dateline(),
            input.datelineDated(), input.filedOn(), segments),
        written);
  }

  /** The input as read. */
  ExtractionInput input() {
    return read;
  }

  /** Where the text read from {@code start} on (an offset of the input as read) is written. */
  int writtenStart(int start) {
    Map.Entry<Integer, Written> e = written.floorEntry(start);
    if (e == null || start >= e.getKey() + e.getValue().at.length) {
      return start;
    }
    return e.getKey() + e.getValue().at[start - e.getKey()];
  }

  /** The text written from read offset {@code start} to {@code end}, or {@code text} as read. */
  String writtenText(int start, int end, String text) {
    Map.Entry<Integer, Written> e = written.floorEntry(start);
    if (e == null || start >= e.getKey() + e.getValue().at.length) {
      return text;
    }
    int[] at = e.getValue().at;
    return e.getValue().sentence.text()
        .substring(at[start - e.getKey()], at[end - 1 - e.getKey()] + 1);
  }

  /** The meetings with their evidence, a sentence read, as the sentence is written. */
  List<Meeting> written(List<Meeting> meetings) {
    if (written.isEmpty()) {
      return meetings;
    }
    List<Meeting> out = new ArrayList<>(meetings.size());
    for (Meeting m : meetings) {
      Written w = written.get(m.evidence().span().start());
      out.add(w == null ? m
          : ImmutableMeeting.copyOf(m).withEvidence(Evidence.of(w.sentence.text(),
              Span.of(w.sentence.start(), w.sentence.end()))));
    }
    return out;
  }

  /**
   * Sentence {@code s} read, its dates placed in the text read; the sentence as written noted in
   * {@code written}.
   */
  private static Sentence read(Sentence s, TreeMap<Integer, Written> written) {
    int[] at = new int[s.text().length()];
    String text = Chars.singleSpaced(s.text(), at);
    at = Arrays.copyOf(at, text.length());
    written.put(s.start(), new Written(s, at));
    return new Sentence(s.start(), text, datesRead(s.dates(), s.start(), at),
        datesRead(s.spans(), s.start(), at));
  }

  /** {@code dates} of a sentence starting at {@code start}, placed in its text read. */
  private static List<DateMention> datesRead(List<DateMention> dates, int start, int[] at) {
    List<DateMention> out = new ArrayList<>(dates.size());
    for (DateMention d : dates) {
      out.add(new DateMention(start + Chars.singleSpacedOffset(at, at.length, d.start() - start),
          start + Chars.singleSpacedOffset(at, at.length, d.end() - start), d.date()));
    }
    return out;
  }
}

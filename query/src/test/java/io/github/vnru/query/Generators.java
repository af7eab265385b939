package io.github.vnru.query;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.vnru.model.Article;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of random corpora over a small pool of persons, parties, kinds, places
 * and dates (partial dates included), and of random filter chains with a brute-force oracle.
 */
final class Generators {
  static final List<PersonId> PERSONS = List.of(
      Fixtures.TRONG, Fixtures.PUTIN, Fixtures.TO_LAM, Fixtures.MEDVEDEV, Fixtures.MIRONOV,
      Fixtures.ZYUGANOV);
  static final List<PartyId> PARTIES = List.of(PartyId.CPV, PartyId.UR, PartyId.SR, PartyId.KPRF);
  static final List<String> PUBLISHERS = List.of("nhandan.vn", "vietnamnews.vn", "tass.ru");
  static final List<String> WORDS = List.of("talks", "điện đàm", "Hội đàm", "energy", "Moscow");
  static final List<Place> PLACES = List.of(
      Place.ofCountry("RU"), Place.of("Moscow", "RU"), Place.of("Hà Nội", "VN"),
      Place.of("Pyongyang", "KP"));

  private Generators() {}

  /** Random corpora of 0 to 12 articles. */
  static Gen<List<Article>> corpora() {
    return longs().all().map(seed -> articles(new Random(seed)));
  }

  /** Seeds for random filter chains. */
  static Gen<Long> seeds() {
    return longs().all();
  }

  static <T> T pick(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  static Optional<PartialDate> date(Random r) {
    int y = 2019 + r.nextInt(4);
    int m = 1 + r.nextInt(12);
    int d = 1 + r.nextInt(28);
    switch (r.nextInt(6)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of(PartialDate.ofYear(y));
      case 2:
        return Optional.of(PartialDate.ofYearMonth(y, m));
      case 3:
        return Optional.of(PartialDate.ofMonthDay(m, d));
      default:
        return Optional.of(PartialDate.of(y, m, d));
    }
  }

  static LocalDate day(Random r) {
    return LocalDate.of(2018, 6, 1).plusDays(r.nextInt(365 * 5));
  }

  static List<Article> articles(Random r) {
    int n = r.nextInt(13);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(4);
      List<Meeting> ms = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        List<PersonId> pool = new ArrayList<>(PERSONS);
        Collections.shuffle(pool, r);
        List<PersonId> who = pool.subList(0, 1 + r.nextInt(3));
        List<PartyId> parties = new ArrayList<>();
        for (PartyId p : PARTIES) {
          if (r.nextInt(3) == 0) {
            parties.add(p);
          }
        }
        String sentence = pick(r, WORDS) + " " + j + " " + pick(r, WORDS);
        ms.add(Fixtures.meeting(pick(r, List.of(MeetingKind.values())), date(r),
            r.nextBoolean() ? Optional.empty() : Optional.of(pick(r, PLACES)), who, parties,
            sentence));
      }
      // the same meeting reported again, to exercise events
      if (!out.isEmpty() && r.nextInt(3) == 0) {
        Article other = out.get(r.nextInt(out.size()));
        if (!other.meetings().isEmpty()) {
          Meeting m = pick(r, other.meetings());
          ms.add(Fixtures.meeting(m.kind(), r.nextBoolean() ? m.date() : date(r), m.place(),
              new ArrayList<>(m.participantIds()), new ArrayList<>(m.parties()),
              m.evidence().sentence()));
        }
      }
      List<PartyId> named = r.nextBoolean() ? List.of(pick(r, PARTIES)) : List.of();
      out.add(Fixtures.article(
          String.format(java.util.Locale.ROOT, "a%03d", i),
          r.nextBoolean() ? Language.VIETNAMESE : Language.ENGLISH,
          r.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(r, PUBLISHERS)),
          r.nextInt(4) == 0
              ? Optional.empty()
              : Optional.of(
                  r.nextInt(5) == 0
                      ? PartialDate.ofYearMonth(day(r).getYear(), day(r).getMonthValue())
                      : PartialDate.of(day(r))),
          named,
          ms.toArray(new Meeting[0])));
    }
    return out;
  }

  static Corpus corpus(List<Article> articles) {
    Corpus.Builder b = Corpus.builder().addArticles(articles);
    Fixtures.persons().forEach(b::addPerson);
    Fixtures.parties().forEach(b::addParty);
    return b.build();
  }
}

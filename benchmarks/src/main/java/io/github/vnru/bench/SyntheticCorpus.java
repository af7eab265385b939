package io.github.vnru.bench;

import io.github.vnru.model.Article;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.ImmutableArticle;
import io.github.vnru.model.ImmutableMeeting;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of {@code n} meetings built directly with the model's builders, for
 * query benchmarks at sizes parsing cannot reach quickly: {@code n/5} articles of 5 meetings
 * each. Every meeting has one of {@value #VN_PERSONS} Vietnamese and one of {@value #RU_PERSONS}
 * Russian participants (and a third in 30% of them), a kind (70% meetings, 15% phone calls, 10%
 * video calls, 5% letters), and a date in {@value #FIRST_YEAR}..{@value #LAST_YEAR} (75% full
 * dates, 12% year-month, 8% year, 5% undated).
 */
public final class SyntheticCorpus {
  public static final int VN_PERSONS = 200;
  public static final int RU_PERSONS = 200;
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2024;
  public static final int MEETINGS_PER_ARTICLE = 5;

  private static final String[] SENTENCES = {
    "Hai nhà lãnh đạo đã hội đàm tại Hà Nội về hợp tác năng lượng và dầu khí.",
    "The two leaders held talks in Moscow on energy and defence cooperation.",
    "Hai bên đã điện đàm, trao đổi về quan hệ Đối tác chiến lược toàn diện.",
    "They spoke by phone about trade, investment and education.",
    "Hai nhà lãnh đạo đã hội đàm trực tuyến về hợp tác y tế và phòng chống COVID-19.",
    "He sent a letter of congratulations on the anniversary of diplomatic relations.",
  };

  private SyntheticCorpus() {}

  /** The id of Vietnamese person {@code i} (0-based). */
  public static PersonId vn(int i) {
    return PersonId.of(String.format(Locale.ROOT, "vn-leader-%03d", i));
  }

  /** The id of Russian person {@code i} (0-based). */
  public static PersonId ru(int i) {
    return PersonId.of(String.format(Locale.ROOT, "ru-leader-%03d", i));
  }

  /** About {@code meetings} meetings (rounded up to whole articles), always the same for a size. */
  public static List<Article> generate(int meetings) {
    int articles = (meetings + MEETINGS_PER_ARTICLE - 1) / MEETINGS_PER_ARTICLE;
    PersonId[] vn = new PersonId[VN_PERSONS];
    PersonId[] ru = new PersonId[RU_PERSONS];
    for (int i = 0; i < VN_PERSONS; i++) {
      vn[i] = vn(i);
    }
    for (int i = 0; i < RU_PERSONS; i++) {
      ru[i] = ru(i);
    }
    Place hanoi = Place.of("Hanoi", "VN");
    Place moscow = Place.of("Moscow", "RU");
    Evidence[] evidence = new Evidence[SENTENCES.length];
    for (int i = 0; i < SENTENCES.length; i++) {
      evidence[i] = Evidence.of(SENTENCES[i], Span.of(0, SENTENCES[i].length()));
    }
    SplittableRandom rnd = new SplittableRandom(0xC0FFEEL);
    List<Article> out = new ArrayList<>(articles);
    for (int a = 0; a < articles; a++) {
      int year = rnd.nextInt(FIRST_YEAR, LAST_YEAR + 1);
      LocalDate published = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      boolean vi = rnd.nextBoolean();
      ImmutableArticle.Builder b =
          Article.builder()
              .id(String.format(Locale.ROOT, "syn-%07d", a))
              .language(vi ? Language.VIETNAMESE : Language.ENGLISH)
              .title(vi ? "Lãnh đạo Việt Nam và Nga hội đàm " + a : "Vietnam and Russia talks " + a)
              .publishedDate(PartialDate.of(published))
              .publisher(vi ? "baochinhphu.vn" : "vietnamnews.vn");
      Set<PersonId> persons = new LinkedHashSet<>();
      for (int m = 0; m < MEETINGS_PER_ARTICLE; m++) {
        MeetingKind kind = kind(rnd.nextInt(100));
        List<Participant> ps = new ArrayList<>(3);
        PersonId p1 = vn[rnd.nextInt(VN_PERSONS)];
        PersonId p2 = ru[rnd.nextInt(RU_PERSONS)];
        ps.add(Participant.of(p1));
        ps.add(Participant.of(p2));
        if (rnd.nextInt(10) < 3) {
          PersonId p3 = rnd.nextBoolean() ? vn[rnd.nextInt(VN_PERSONS)] : ru[rnd.nextInt(RU_PERSONS)];
          if (!p3.equals(p1) && !p3.equals(p2)) {
            ps.add(Participant.of(p3));
          }
        }
        ps.forEach(p -> persons.add(p.person()));
        ImmutableMeeting.Builder mb =
            Meeting.builder()
                .kind(kind)
                .addAllParticipants(ps)
                .evidence(evidence[(2 * kind.ordinal() + (vi ? 0 : 1)) % SENTENCES.length]);
        int d = rnd.nextInt(100);
        int my = rnd.nextInt(FIRST_YEAR, LAST_YEAR + 1);
        if (d < 75) {
          mb.date(PartialDate.of(my, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
        } else if (d < 87) {
          mb.date(PartialDate.ofYearMonth(my, 1 + rnd.nextInt(12)));
        } else if (d < 95) {
          mb.date(PartialDate.ofYear(my));
        }
        if (kind == MeetingKind.MEETING) {
          mb.place(rnd.nextBoolean() ? hanoi : moscow);
        }
        b.addMeetings(mb.build());
      }
      out.add(b.addAllPersons(persons).build());
    }
    return out;
  }

  private static MeetingKind kind(int percent) {
    if (percent < 70) {
      return MeetingKind.MEETING;
    }
    if (percent < 85) {
      return MeetingKind.PHONE_CALL;
    }
    return percent < 95 ? MeetingKind.VIDEO_CALL : MeetingKind.LETTER;
  }
}

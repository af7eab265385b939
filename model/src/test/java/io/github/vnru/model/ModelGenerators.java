package io.github.vnru.model;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid model values, shared with other modules' tests. */
public final class ModelGenerators {
  private ModelGenerators() {}

  static final List<String> PERSON_POOL =
      List.of("nguyen-phu-trong", "vladimir-putin", "to-lam", "dmitry-medvedev", "sergey-mironov",
          "gennady-zyuganov", "nguyen-xuan-phuc", "nikolai-patrushev");
  static final List<String> PARTY_POOL = List.of("CPV", "UR", "SR", "KPRF", "LDPR", "WPK");

  /** Short text of Vietnamese, Cyrillic and ASCII letters, never blank. */
  public static Gen<String> text() {
    Gen<String> raw = strings().betweenCodePoints(0x20, 0x1EF9).ofLengthBetween(1, 30);
    return raw.map(s -> s.isBlank() ? "x" + s : s);
  }

  public static Gen<PersonId> personIds() {
    return Generate.pick(PERSON_POOL).map(PersonId::of);
  }

  public static Gen<PartyId> partyIds() {
    return Generate.pick(PARTY_POOL).map(PartyId::of);
  }

  public static Gen<PartialDate> partialDates() {
    Gen<Integer> year = integers().between(1990, 2030);
    Gen<Integer> month = integers().between(1, 12);
    Gen<Integer> day = integers().between(1, 28);
    return Generate.oneOf(
        year.map(PartialDate::ofYear),
        year.zip(month, PartialDate::ofYearMonth),
        year.zip(month, day, PartialDate::of),
        month.zip(day, PartialDate::ofMonthDay));
  }

  public static Gen<Span> spans() {
    return integers().between(0, 10_000).zip(integers().between(0, 500), (s, l) -> Span.of(s, s + l));
  }

  public static Gen<Optional<Place>> places() {
    Gen<Place> place =
        Generate.pick(List.of("RU", "VN", "KP", "CN"))
            .zip(
                Generate.pick(List.of("", "Moscow", "Hà Nội", "Pyongyang")),
                (c, city) -> city.isEmpty() ? Place.ofCountry(c) : Place.of(city, c));
    return Generate.oneOf(Generate.constant(Optional.<Place>empty()), place.map(Optional::of));
  }

  public static Gen<Evidence> evidence() {
    return text().zip(integers().between(0, 10_000),
        (s, start) -> Evidence.of(s, Span.of(start, start + s.length())));
  }

  public static Gen<Meeting> meetings() {
    Gen<List<PersonId>> people =
        lists().of(personIds()).ofSizeBetween(1, 4).map(l -> List.copyOf(new java.util.LinkedHashSet<>(l)));
    Gen<Optional<PartialDate>> date =
        Generate.oneOf(Generate.constant(Optional.<PartialDate>empty()), partialDates().map(Optional::of));
    return Generate.enumValues(MeetingKind.class)
        .zip(people, date, places(), (kind, ps, d, place) -> new Object[] {kind, ps, d, place})
        .zip(lists().of(partyIds()).ofSizeBetween(0, 3), evidence(), booleans().all(),
            lists().of(Generate.pick(List.of("energy", "defence", "trade", "COVID-19"))).ofSizeBetween(0, 2),
            (o, parties, ev, recalled, topics) -> {
              @SuppressWarnings("unchecked")
              List<PersonId> ps = (List<PersonId>) o[1];
              @SuppressWarnings("unchecked")
              Optional<PartialDate> d = (Optional<PartialDate>) o[2];
              @SuppressWarnings("unchecked")
              Optional<Place> place = (Optional<Place>) o[3];
              ImmutableMeeting.Builder b =
                  Meeting.builder().kind((MeetingKind) o[0]).date(d).place(place).evidence(ev)
                      .recalled(recalled).addAllParties(parties).addAllTopics(topics);
              ps.forEach(p -> b.addParticipant(Participant.of(p, "Tổng Bí thư")));
              return b.build();
            });
  }

  public static Gen<Mention> mentions() {
    return Generate.enumValues(MentionKind.class)
        .zip(Generate.pick(PERSON_POOL), text(), integers().between(0, 5_000),
            (k, id, t, start) ->
                Mention.builder().kind(k).id(id).text(t).start(start).build());
  }

  public static Gen<Article> articles() {
    Gen<Optional<PartialDate>> published =
        Generate.oneOf(
            Generate.constant(Optional.<PartialDate>empty()),
            integers().between(0, 12_000)
                .map(d -> Optional.of(PartialDate.of(LocalDate.of(1995, 1, 1).plusDays(d)))),
            integers().between(0, 300)
                .map(m -> Optional.of(PartialDate.ofYearMonth(1995 + m / 12, 1 + m % 12))));
    Gen<Optional<String>> titles =
        Generate.oneOf(Generate.constant(Optional.<String>empty()), text().map(Optional::of));
    return text()
        .zip(Generate.enumValues(Language.class), published, lists().of(text()).ofSizeBetween(0, 4),
            titles,
            (id, lang, pub, paragraphs, title) ->
                Article.builder().id("a" + Math.abs(id.hashCode())).title(title).language(lang)
                    .publishedDate(pub).addAllParagraphs(paragraphs)
                    .addAllWarnings(title.isPresent() ? List.of() : List.of(
                        Warning.of(WarningKind.NO_TITLE, "no title: the text starts with body text"),
                        Warning.at(WarningKind.EVENT_DATE_UNKNOWN, id.length(), id,
                            "weekday without a published date; date left unknown"))))
        .zip(lists().of(meetings()).ofSizeBetween(0, 3), lists().of(mentions()).ofSizeBetween(0, 3),
            lists().of(partyIds()).ofSizeBetween(0, 3), text(),
            (b, meetings, mentions, parties, junk) -> {
              b.addAllMeetings(meetings).addAllMentions(mentions).addAllParties(parties)
                  .addBoilerplate(junk).url(Optional.of("https://example.vn/" + meetings.size()))
                  .publisher("example.vn");
              java.util.Set<PersonId> persons = new java.util.LinkedHashSet<>();
              meetings.forEach(m -> persons.addAll(m.participantIds()));
              return b.addAllPersons(persons).build();
            });
  }

  public static Gen<Person> persons() {
    return personIds()
        .zip(text(), lists().of(text()).ofSizeBetween(0, 3), partyIds(), integers().between(1950, 2025),
            (id, name, aliases, party, from) ->
                Person.builder().id(id).name(name).putName("vi", name).putName("en", id.value())
                    .addAllAliases(aliases).country("RU")
                    .addMembership(Membership.builder().party(party).from(from).build())
                    .addPosition(Position.builder().role("chairman").of(party.value()).from(from)
                        .to(from + 3).title("Chairman").build())
                    .build());
  }

  public static Gen<Party> parties() {
    return partyIds()
        .zip(text(), lists().of(text()).ofSizeBetween(0, 3),
            (id, name, abbreviations) ->
                Party.builder().id(id).putName("vi", name).addAllAbbreviations(abbreviations)
                    .country("VN").notes("n").build());
  }
}

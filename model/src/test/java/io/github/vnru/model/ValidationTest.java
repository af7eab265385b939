package io.github.vnru.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class ValidationTest {

  private static void assertRejected(String expectedFragment, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains(expectedFragment), e.getMessage());
  }


  @Test
  void personId_mustBeFoldedAsciiWords() {
    assertEquals("to-lam", PersonId.of("to-lam").value());
    assertRejected("'Tô Lâm'", () -> PersonId.of("Tô Lâm"));
    assertRejected("'putin-'", () -> PersonId.of("putin-"));
  }

  @Test
  void positionRole_mustBeLowerCaseLetterWords() {
    assertEquals("vice-president",
        Position.builder().role("vice-president").of("VN").build().role());
    for (String role : new String[] {"Minister", "minister-", "vice--president", "g7-envoy", ""}) {
      assertRejected("'" + role + "'", () -> Position.builder().role(role).of("VN").build());
    }
  }

  @Test
  void partyId_mustBeCapitals() {
    assertEquals(PartyId.CPV, PartyId.of("CPV"));
    assertRejected("'cpv'", () -> PartyId.of("cpv"));
  }

  @Test
  void span_rejectsNegativeAndReversedRanges() {
    assertRejected("negative", () -> Span.of(-1, 3));
    assertRejected("before its start", () -> Span.of(5, 3));
    assertEquals(4, Span.of(2, 6).length());
  }

  @Test
  void evidence_sentenceMustFitItsSpan() {
    assertRejected("covers 2", () -> Evidence.of("abc", Span.of(0, 2)));
    assertRejected("blank", () -> Evidence.of(" ", Span.of(0, 1)));
  }

  @Test
  void meeting_needsParticipantsEachOnce() {
    Evidence ev = Evidence.of("They met.", Span.of(0, 9));
    assertRejected(
        "without participants",
        () -> Meeting.builder().kind(MeetingKind.MEETING).evidence(ev).build());
    assertRejected(
        "listed twice",
        () ->
            Meeting.builder()
                .kind(MeetingKind.MEETING)
                .evidence(ev)
                .addParticipant(Participant.of(PersonId.of("to-lam")))
                .addParticipant(Participant.of(PersonId.of("to-lam"), "Tổng Bí thư"))
                .build());
  }

  @Test
  void strictBuilder_refusesToSetAFieldTwice() {
    assertThrows(
        IllegalStateException.class,
        () -> Meeting.builder().kind(MeetingKind.MEETING).kind(MeetingKind.LETTER));
  }

  @Test
  void place_needsAnIsoCountry() {
    assertRejected("'Russia'", () -> Place.ofCountry("Russia"));
    assertRejected("blank", () -> Place.of(" ", "RU"));
  }

  @Test
  void article_titleMustNotBeBlank() {
    assertRejected(
        "blank title",
        () -> Article.builder().id("a").title("  ").language(Language.VIETNAMESE).build());
  }

  @Test
  void article_meetingParticipantsMustBeAmongItsPersons() {
    Meeting m =
        Meeting.builder()
            .kind(MeetingKind.PHONE_CALL)
            .evidence(Evidence.of("x", Span.of(0, 1)))
            .addParticipant(Participant.of(PersonId.of("vladimir-putin")))
            .build();
    assertRejected(
        "vladimir-putin is not among its persons",
        () ->
            Article.builder()
                .id("a")
                .title("t")
                .language(Language.ENGLISH)
                .addMeeting(m)
                .build());
  }

  @Test
  void tenure_isInclusiveAndRejectsReversedYears() {
    Membership m = Membership.builder().party(PartyId.UR).from(2012).to(2020).build();
    assertTrue(m.heldIn(2012) && m.heldIn(2020) && !m.heldIn(2021) && !m.heldIn(2011));
    assertRejected(
        "from 2021 is after to 2020",
        () -> Membership.builder().party(PartyId.UR).from(2021).to(2020).build());
    Person p =
        Person.builder()
            .id(PersonId.of("dmitry-medvedev"))
            .name("Dmitry Medvedev")
            .addMembership(m)
            .build();
    assertEquals(List.of(PartyId.UR), p.partiesIn(2015));
    assertEquals(List.of(), p.partiesIn(2021));
  }

  @Test
  void language_readsCodesAndNames() {
    assertEquals(Language.VIETNAMESE, Language.of("VI"));
    assertEquals(Language.ENGLISH, Language.of("english"));
    assertEquals(Language.RUSSIAN, Language.of("ru"));
    assertEquals(Language.RUSSIAN, Language.of("Russian"));
    assertRejected("'de'", () -> Language.of("de"));
  }
}

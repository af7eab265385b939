package io.github.vnru.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.json.VnruJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class JsonTest {
  private static final Meeting CALL =
      Meeting.builder()
          .kind(MeetingKind.PHONE_CALL)
          .date(PartialDate.parse("--06-11"))
          .addParticipant(Participant.of(PersonId.of("nguyen-phu-trong"), "Tổng bí thư"))
          .addParticipant(Participant.of(PersonId.of("vladimir-putin")))
          .addParty(PartyId.CPV)
          .evidence(Evidence.of("Ngày 11/6, ...", Span.of(10, 24)))
          .build();

  @Test
  void meeting_usesGoldFieldNamesAndBareIds() {
    String json = VnruJson.write(CALL);
    assertTrue(json.contains("\"kind\":\"PHONE_CALL\""), json);
    assertTrue(json.contains("\"date\":\"--06-11\""), json);
    assertTrue(json.contains("\"person\":\"vladimir-putin\""), json);
    assertTrue(json.contains("\"parties\":[\"CPV\"]"), json);
    assertTrue(json.contains("\"place\":null"), json);
  }

  @Test
  void article_writesIsoDatesAndLanguageCodes() {
    Article a =
        Article.builder()
            .id("x")
            .title("T")
            .language(Language.VIETNAMESE)
            .publishedDate(PartialDate.of(LocalDate.of(2025, 10, 10)))
            .build();
    String json = VnruJson.write(a);
    assertTrue(json.contains("\"publishedDate\":\"2025-10-10\""), json);
    assertTrue(json.contains("\"language\":\"vi\""), json);
    assertTrue(json.contains("\"url\":null"), json);
    assertEquals(a, VnruJson.read(json, Article.class));
  }

  @Test
  void article_withoutTitle_writesNullAndAMonthOnlyDate_andReadsBack() {
    Article a =
        Article.builder()
            .id("x")
            .language(Language.ENGLISH)
            .publishedDate(PartialDate.ofYearMonth(2017, 3))
            .addParagraph("Body.")
            .addWarning(Warning.of(WarningKind.NO_TITLE, "no title: the text starts with a dateline"))
            .addWarning(Warning.at(WarningKind.EVENT_DATE_UNKNOWN, 3, "on Tuesday", "weekday"))
            .build();
    String json = VnruJson.write(a);
    assertTrue(json.contains("\"title\":null"), json);
    assertTrue(json.contains("\"publishedDate\":\"2017-03\""), json);
    assertTrue(
        json.contains(
            "{\"kind\":\"EVENT_DATE_UNKNOWN\",\"message\":\"weekday\",\"text\":\"on Tuesday\","
                + "\"offset\":3}"),
        json);
    assertTrue(json.contains("\"text\":null,\"offset\":null"), json);
    assertEquals(a, VnruJson.read(json, Article.class));
  }

  @Test
  void article_publishedMonthDay_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Article.builder()
                .id("x")
                .language(Language.ENGLISH)
                .publishedDate(PartialDate.ofMonthDay(3, 3))
                .build());
  }

  @Test
  void read_unknownField_isRejectedByName() {
    String json = VnruJson.write(CALL).replace("\"topics\"", "\"topcis\"");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VnruJson.read(json, Meeting.class));
    assertTrue(e.getMessage().contains("unknown field 'topcis'"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void read_wrongJsonType_namesNoJavaType() {
    // a list where a number stands, a number where a list stands, a text where an object stands
    for (String json : new String[] {
        VnruJson.write(CALL).replace("\"parties\":[\"CPV\"]", "\"parties\":7"),
        VnruJson.write(CALL).replace("\"place\":null", "\"place\":\"Hanoi\""),
        VnruJson.write(CALL).replace("\"kind\":\"PHONE_CALL\"", "\"kind\":[1]")}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> VnruJson.read(json, Meeting.class));
      assertTrue(e.getMessage().contains("line 1"), e.getMessage());
      for (String javaWord : new String[] {"ArrayList", "Integer", "String value", "Immutable",
          "java.", "Array value", "MeetingKind", "Place)"}) {
        assertTrue(!e.getMessage().contains(javaWord), e.getMessage());
      }
    }
  }

  @Test
  void read_invalidValue_givesTheValidationMessage() {
    String json = VnruJson.write(CALL).replace("vladimir-putin", "Vladimir Putin");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VnruJson.read(json, Meeting.class));
    assertTrue(e.getMessage().contains("invalid person id 'Vladimir Putin'"), e.getMessage());
  }

  @Test
  void read_missingRequiredField_namesIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VnruJson.read("{\"kind\":\"MEETING\"}", Meeting.class));
    assertTrue(e.getMessage().contains("evidence"), e.getMessage());
  }

  @Test
  void read_trailingData_isRejected() {
    String json = VnruJson.write(CALL) + " {}";
    assertThrows(IllegalArgumentException.class, () -> VnruJson.read(json, Meeting.class));
  }

  @Test
  void read_neverLetsJsonChooseAClass() {
    // A polymorphic type hint is just an unknown field: no class is ever loaded from JSON.
    String json = "[\"java.util.HashMap\",{}]";
    assertThrows(IllegalArgumentException.class, () -> VnruJson.read(json, Place.class));
  }

  @Test
  void mapper_isACopy() {
    VnruJson.mapper().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThrows(
        IllegalArgumentException.class,
        () -> VnruJson.read("{\"country\":\"RU\",\"x\":1}", Place.class));
  }
}

package io.github.vnru.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.vnru.model.json.VnruJson;
import org.junit.jupiter.api.Test;

final class JsonRoundTripProperties {

  @Test
  void every_meeting_survives_json_out_and_back() {
    qt().forAll(ModelGenerators.meetings())
        .checkAssert(m -> assertEquals(m, VnruJson.read(VnruJson.write(m), Meeting.class)));
  }

  @Test
  void every_article_survives_json_out_and_back() {
    qt().withExamples(300)
        .forAll(ModelGenerators.articles())
        .checkAssert(a -> assertEquals(a, VnruJson.read(VnruJson.write(a), Article.class)));
  }

  @Test
  void every_person_and_party_survives_json_out_and_back() {
    qt().forAll(ModelGenerators.persons())
        .checkAssert(p -> assertEquals(p, VnruJson.read(VnruJson.write(p), Person.class)));
    qt().forAll(ModelGenerators.parties())
        .checkAssert(p -> assertEquals(p, VnruJson.read(VnruJson.write(p), Party.class)));
  }

  @Test
  void every_partial_date_survives_its_text_form() {
    qt().forAll(ModelGenerators.partialDates())
        .checkAssert(d -> assertEquals(d, PartialDate.parse(d.toString())));
  }

  @Test
  void writing_is_deterministic() {
    qt().forAll(ModelGenerators.articles())
        .checkAssert(a -> assertEquals(VnruJson.write(a), VnruJson.write(VnruJson.read(VnruJson.write(a), Article.class))));
  }
}

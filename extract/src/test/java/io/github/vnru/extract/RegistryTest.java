package io.github.vnru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in registry's coverage, and the checks on a user's registry file. */
final class RegistryTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    Path f = dir.resolve("mine.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void defaults_coverLeadersAndParties() {
    Registry r = Registry.defaults();
    for (String id :
        List.of("nguyen-phu-trong", "to-lam", "vladimir-putin", "dmitry-medvedev",
            "sergey-mironov", "gennady-zyuganov", "vladimir-lenin", "ho-chi-minh",
            "kim-jong-un", "sergey-lavrov", "valentina-matviyenko", "vladimir-zhirinovsky")) {
      assertTrue(r.person(PersonId.of(id)).isPresent(), id);
    }
    for (PartyId p :
        List.of(PartyId.CPV, PartyId.UR, PartyId.SR, PartyId.KPRF, PartyId.LDPR, PartyId.WPK,
            PartyId.CPSU)) {
      assertTrue(r.party(p).isPresent(), p.value());
    }
    assertTrue(r.person(PersonId.of("vladimir-putin")).orElseThrow().partiesIn(2021).isEmpty());
  }

  @Test
  void findPersons_anySpellingWithOrWithoutDiacritics() {
    Registry r = Registry.defaults();
    assertEquals("vladimir-putin", r.findPersons("V. Pu-tin").get(0).id().value());
    assertEquals("sergey-mironov", r.findPersons("seigey mironov").get(0).id().value());
    assertEquals("nguyen-phu-trong", r.findPersons("Nguyen Phu Trong").get(0).id().value());
    assertEquals(PartyId.UR, r.findParties("Đảng nước Nga thống nhất").get(0).id());
    assertEquals("Pyongyang", r.place("Bình Nhưỡng").orElseThrow().city().orElseThrow());
    assertEquals("RU", r.place("MOSCOW").orElseThrow().country());
    // a region places things in its country only
    assertEquals("RU", r.place("Калужской области").orElseThrow().country());
    assertTrue(r.place("Калужской области").orElseThrow().city().isEmpty());
    assertEquals("VN", r.place("tỉnh Khánh Hòa").orElseThrow().country());
  }

  @Test
  void defaults_coverOfficialsInDiplomacyNews() {
    Registry r = Registry.defaults();
    assertEquals("andrei-belousov", r.findPersons("A. Bê-lô-u-xốp").get(0).id().value());
    assertEquals("dmitry-peskov", r.findPersons("Đ. Pe-xcốp").get(0).id().value());
    assertEquals("vladimir-kashin", r.findPersons("V. Ca-sin").get(0).id().value());
    assertEquals("vladimir-yakushev", r.findPersons("Yakushev").get(0).id().value());
    assertEquals("phan-van-giang", r.findPersons("Phan Van Giang").get(0).id().value());
    assertEquals("andrey-kartapolov", r.findPersons("Andrei Kartapolov").get(0).id().value());
    assertEquals("olga-epifanova", r.findPersons("Olga Yepifanova").get(0).id().value());
    assertEquals("fidel-castro", r.findPersons("Phi-đen Cát-xtơ-rô").get(0).id().value());
    assertEquals(
        List.of(PartyId.UR),
        r.person(PersonId.of("andrey-turchak")).orElseThrow().partiesIn(2020));
  }

  @Test
  void defaults_everyRussianHasARussianName() {
    // Russian articles print a Russian's name in Cyrillic: without it, "Сергей Черемин" is an
    // unlisted person beside the registry's Sergei Cheremin
    for (Person p : Registry.defaults().persons()) {
      if (p.country().filter(c -> c.equals("RU") || c.equals("SU")).isPresent()) {
        assertTrue(p.names().containsKey("ru"), p.id().value());
      }
    }
    assertEquals("sergei-cheremin", Registry.defaults().findPersons("Сергей Черемин").get(0).id()
        .value());
  }

  @Test
  void suggest_namesTheClosestPerson() {
    assertEquals(PersonId.of("vladimir-putin"), Registry.defaults().suggest("Putn").get(0));
  }

  @Test
  void add_userFile_addsPersonsThatExtractionFinds() throws IOException {
    Path f =
        write("{\"persons\": [{\"id\": \"ivan-petrov\", \"name\": \"Ivan Petrov\","
            + " \"aliases\": [\"I. Pê-tơ-rốp\"], \"country\": \"RU\","
            + " \"memberships\": [{\"party\": \"KPRF\", \"from\": 2000}]}]}");
    Registry r = Registry.builder().addDefaults().add(f).build();
    Person p = r.person(PersonId.of("ivan-petrov")).orElseThrow();
    assertEquals("Ivan Petrov", p.name());
    ExtractionResult res =
        Extractor.of(r).extract(TestArticles.vi("Tin\nÔng I. Pê-tơ-rốp gặp Tổng Bí thư Tô Lâm."));
    assertTrue(res.persons().contains(PersonId.of("ivan-petrov")));
  }

  @Test
  void add_unknownField_isRejectedNamingFieldAndFile() throws IOException {
    Path f = write("{\"persons\": [{\"id\": \"ivan-petrov\", \"name\": \"Ivan\", \"alises\": []}]}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Registry.builder().add(f));
    assertTrue(e.getMessage().contains("alises"), e.getMessage());
    assertTrue(e.getMessage().contains("mine.json"), e.getMessage());
  }

  @Test
  void add_unknownSection_isRejected() throws IOException {
    Path f = write("{\"people\": []}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Registry.builder().add(f));
    assertTrue(e.getMessage().contains("people"), e.getMessage());
  }

  @Test
  void add_duplicateIdInOneFile_isRejectedNamingFile() throws IOException {
    Path f = write("{\"persons\": [{\"id\": \"ivan-petrov\", \"name\": \"Ivan Petrov\"},"
        + " {\"id\": \"ivan-petrov\", \"name\": \"Ivan Petrov\"}]}");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Registry.builder().addDefaults().add(f));
    assertTrue(e.getMessage().contains("duplicate person id 'ivan-petrov'"), e.getMessage());
    assertTrue(e.getMessage().contains("mine.json"), e.getMessage());
  }

  @Test
  void add_builtInId_extendsThePerson() throws IOException {
    Path f = write("{\"persons\": [{\"id\": \"sergey-lavrov\", \"aliases\": [\"Láp-rốp\", \"Lavrov\"],"
        + " \"names\": {\"fr\": \"Sergueï Lavrov\"},"
        + " \"positions\": [{\"role\": \"foreign-minister\", \"of\": \"RU\", \"from\": 2030}],"
        + " \"notes\": \"mine\"}]}");
    Registry r = Registry.builder().addDefaults().add(f).build();
    io.github.vnru.model.Person lavrov = r.person(io.github.vnru.model.PersonId.of("sergey-lavrov")).get();
    Person builtIn = Registry.defaults().person(lavrov.id()).get();
    assertTrue(lavrov.aliases().containsAll(builtIn.aliases()));
    assertTrue(lavrov.aliases().contains("Láp-rốp"));
    assertEquals(builtIn.aliases().size() + 1, lavrov.aliases().size());
    assertEquals("Sergueï Lavrov", lavrov.names().get("fr"));
    assertEquals(builtIn.names().get("vi"), lavrov.names().get("vi"));
    assertEquals(builtIn.positions().size() + 1, lavrov.positions().size());
    assertEquals("Sergey Lavrov", lavrov.name());
    assertEquals(java.util.Optional.of("mine"), lavrov.notes());
    assertEquals(List.of(lavrov.id()), r.findPersons("láp-rốp").stream().map(Person::id).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void add_badId_isRejectedNamingFile() throws IOException {
    Path f = write("{\"persons\": [{\"id\": \"Vladimir Putin\", \"name\": \"Vladimir Putin\"}]}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Registry.builder().add(f));
    assertTrue(e.getMessage().contains("invalid person id"), e.getMessage());
    assertTrue(e.getMessage().contains("mine.json"), e.getMessage());
  }

  @Test
  void build_membershipOfUnknownParty_isRejected() throws IOException {
    Path f =
        write("{\"persons\": [{\"id\": \"ivan-petrov\", \"name\": \"Ivan Petrov\","
            + " \"memberships\": [{\"party\": \"XYZ\"}]}]}");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Registry.builder().addDefaults().add(f).build());
    assertTrue(e.getMessage().contains("XYZ"), e.getMessage());
  }

  @Test
  void noOfficePlaceWord_isATitleWord() {
    // "The Ambassador of Russia in Vietnam X": were "in" a title word (as an "Editor in Chief"
    // alias once made it), the place after it would be taken for the ambassador's country
    var lexicon = Registry.defaults().lexicon();
    for (var l : io.github.vnru.model.Language.values()) {
      var words = io.github.vnru.extract.internal.MentionWords.of(l);
      for (String w : new String[] {"in", "to", "at", "tại", "ở", "в", "во"}) {
        if (words.isOfficePlaceWord(w)) {
          org.junit.jupiter.api.Assertions.assertFalse(lexicon.isTitleWord(w),
              l + ": '" + w + "' is an office-place word and a title word");
        }
      }
    }
  }
}

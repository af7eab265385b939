package io.github.vnru.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Suppliers;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.TitleEntry;
import io.github.vnru.model.Party;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.json.VnruJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reference data: the persons, parties and places vnru knows, with every spelling the press uses.
 * Immutable and thread-safe.
 *
 * <p>{@link #defaults()} is the built-in registry. Add your own entries with a JSON file holding
 * any of {@code persons}, {@code parties}, {@code places} and {@code titles}:
 *
 * <pre>{@code
 * Registry registry = Registry.builder().addDefaults().add(Path.of("my-registry.json")).build();
 * }</pre>
 */
public final class Registry {
  private static final String BASE = "registry/";
  /**
   * Reads with vnru's one shared mapper, whose deserializers are then built once per process
   * (Jackson builds them per mapper, slowly): the persons of the registry and of parsed articles
   * share them.
   */
  private static final ObjectReader READER = VnruJson.reader(Object.class);
  private static volatile Registry defaults;

  /**
   * The built-in places and titles, which only the extractor uses: read with the first {@link
   * #lexicon()} that needs them, once.
   */
  private static final Supplier<List<PlaceEntry>> DEFAULT_PLACES =
      Suppliers.memoize(
          () -> Builder.readResource("places.json", new TypeReference<List<PlaceEntry>>() {}));

  private static final Supplier<List<TitleEntry>> DEFAULT_TITLES =
      Suppliers.memoize(
          () -> Builder.readResource("titles.json", new TypeReference<List<TitleEntry>>() {}));

  private final Map<PersonId, Person> persons;
  private final Map<PartyId, Party> parties;
  /**
   * The entries compiled for search (automata, name keys, indexes), built on first use: by the
   * extractor, or a look-up by spelling. Resolving ids and names (what a corpus of parsed
   * articles needs, e.g. {@code vnru timeline}) never builds it.
   */
  private final Supplier<Lexicon> lexicon;

  private Registry(
      TreeMap<PersonId, Person> persons,
      TreeMap<PartyId, Party> parties,
      List<Supplier<List<PlaceEntry>>> places,
      List<Supplier<List<TitleEntry>>> titles) {
    this.persons = Collections.unmodifiableMap(persons);
    this.parties = Collections.unmodifiableMap(parties);
    this.lexicon =
        Suppliers.memoize(() -> new Lexicon(persons, parties, concat(places), concat(titles)));
  }

  private static <T> List<T> concat(List<Supplier<List<T>>> parts) {
    List<T> out = new ArrayList<>();
    parts.forEach(p -> out.addAll(p.get()));
    return out;
  }

  /** The built-in registry, loaded once from the jar's JSON resources. */
  public static Registry defaults() {
    Registry r = defaults;
    if (r == null) {
      synchronized (Registry.class) {
        r = defaults;
        if (r == null) {
          r = builder().addDefaults().build();
          defaults = r;
        }
      }
    }
    return r;
  }

  /** A builder for a registry of the built-in entries and your own files. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every person, sorted by id. */
  public Collection<Person> persons() {
    return persons.values();
  }

  /** Every party, sorted by id. */
  public Collection<Party> parties() {
    return parties.values();
  }

  /** The person with this id. */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(persons.get(checkNotNull(id, "id")));
  }

  /** The party with this id. */
  public Optional<Party> party(PartyId id) {
    return Optional.ofNullable(parties.get(checkNotNull(id, "id")));
  }

  /**
   * The persons with a spelling equal to {@code anyAlias} ignoring case and diacritics ({@code
   * "nguyen phu trong"}, {@code "Pu-tin"}, {@code "vladimir-putin"}), sorted by id.
   */
  public List<Person> findPersons(String anyAlias) {
    return lexicon().findPersons(checkNotNull(anyAlias, "anyAlias"));
  }

  /**
   * The parties with an id, name, abbreviation or alias equal to {@code anyName} ignoring case
   * and diacritics, sorted by id.
   */
  public List<Party> findParties(String anyName) {
    String f = Lexicon.fold(checkNotNull(anyName, "anyName").strip());
    List<Party> out = new ArrayList<>();
    for (Party p : parties()) {
      List<String> all = new ArrayList<>(p.names().values());
      all.addAll(p.abbreviations());
      all.addAll(p.aliases());
      all.add(p.id().value());
      if (all.stream().anyMatch(s -> Lexicon.fold(s).equals(f))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The place (city and country, or country alone) with a spelling equal to {@code anyName}
   * ignoring case and diacritics: {@code Bình Nhưỡng}, {@code MOSCOW}, {@code Liên bang Nga}.
   */
  public Optional<Place> place(String anyName) {
    return lexicon()
        .place(checkNotNull(anyName, "anyName"))
        .map(PlaceEntry::place);
  }

  /**
   * The ids of the registered persons whose spellings are closest to {@code text}, best first, at
   * most three: for messages such as {@code unknown person 'Putn'; closest: vladimir-putin}.
   */
  public List<PersonId> suggest(String text) {
    String f = Lexicon.fold(checkNotNull(text, "text").strip());
    record Scored(PersonId id, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (Person p : persons()) {
      int best = Integer.MAX_VALUE;
      for (String s : Lexicon.personSpellings(p)) {
        best = Math.min(best, Folding.editDistance(f, Lexicon.fold(s)));
      }
      best = Math.min(best, Folding.editDistance(f, p.id().value()));
      scored.add(new Scored(p.id(), best));
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
    return scored.stream().limit(3).map(Scored::id).toList();
  }

  /** The compiled form the extractor searches with. */
  Lexicon lexicon() {
    return lexicon.get();
  }

  /** The JSON form of a user's registry file; every section is optional. */
  private record RegistryFile(
      @JsonProperty("persons") List<ObjectNode> persons,
      @JsonProperty("parties") List<ObjectNode> parties,
      @JsonProperty("places") List<PlaceEntry> places,
      @JsonProperty("titles") List<TitleEntry> titles) {}

  /**
   * Collects registry entries from the built-in resources and from files, then checks them as a
   * whole. Not thread-safe; each {@link #build()} gives an independent registry.
   */
  public static final class Builder {
    private final TreeMap<PersonId, Person> persons = new TreeMap<>();
    private final TreeMap<PartyId, Party> parties = new TreeMap<>();
    /** Places and titles in the order added (built-in ones are read when first needed). */
    private final List<Supplier<List<PlaceEntry>>> places = new ArrayList<>();
    private final List<Supplier<List<TitleEntry>>> titles = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the built-in persons, parties, places and titles.
     *
     * @throws IllegalStateException if a built-in resource is missing or invalid (a packaging bug)
     */
    public Builder addDefaults() {
      addPersons(readResource("persons.json", new TypeReference<List<Person>>() {}), "persons.json");
      addParties(readResource("parties.json", new TypeReference<List<Party>>() {}), "parties.json");
      places.add(DEFAULT_PLACES);
      titles.add(DEFAULT_TITLES);
      return this;
    }

    /**
     * Adds the entries of a user's registry file: a JSON object with any of the arrays {@code
     * persons}, {@code parties}, {@code places} and {@code titles}, read as UTF-8.
     *
     * <p><b>Extending an entry.</b> A person or party whose id is already known (built in, or
     * from an earlier file) extends that entry instead of repeating it: give the id and only what
     * is new, e.g. {@code {"id": "sergey-lavrov", "aliases": ["Láp-rốp"]}}. Lists ({@code
     * aliases}, {@code memberships}, {@code positions}) are added to, without repeats; {@code
     * names} are added per language; a single value ({@code name}, {@code country}, {@code
     * notes}, and a {@code names} entry of a language already there) replaces the earlier one. The
     * same id twice in one file is an error.
     *
     * @throws IllegalArgumentException naming the file, and the field and line where it can, if
     *     the file is not valid registry JSON (an unknown field such as {@code alises}, a bad id)
     *     or lists one id twice
     * @throws UncheckedIOException if the file cannot be read
     */
    public Builder add(Path file) {
      checkNotNull(file, "file");
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new IllegalArgumentException(
            "registry file " + file + ": no such file; check the path given to --registry", e);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IllegalArgumentException(
            "registry file " + file + ": not UTF-8 text; save it as UTF-8", e);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "registry file " + file + ": cannot be read; check that it is a file you may read",
            e);
      }
      RegistryFile parsed;
      try {
        parsed = READER.forType(RegistryFile.class).readValue(json);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "registry file " + file + ": " + VnruJson.describe("not a valid registry file", e)
                + " (see 'Adding your own registry entries' in the README)",
            e);
      }
      if (parsed == null) {
        throw new IllegalArgumentException(
            "registry file " + file + " is empty; write a JSON object such as {\"persons\": []}");
      }
      String name = file.toString();
      extendPersons(parsed.persons() == null ? List.of() : parsed.persons(), name);
      extendParties(parsed.parties() == null ? List.of() : parsed.parties(), name);
      if (parsed.places() != null) {
        List<PlaceEntry> list = List.copyOf(parsed.places());
        places.add(() -> list);
      }
      if (parsed.titles() != null) {
        List<TitleEntry> list = List.copyOf(parsed.titles());
        titles.add(() -> list);
      }
      return this;
    }

    private void extendPersons(List<ObjectNode> list, String file) {
      java.util.Set<String> inFile = new java.util.HashSet<>();
      List<Person> out = new ArrayList<>();
      for (ObjectNode node : list) {
        String id = idOf(node, "person", file, inFile);
        Person before = null;
        try {
          before = persons.remove(PersonId.of(id));
          ObjectNode merged = before == null ? node : merge(tree(before), node);
          out.add(READER.treeToValue(merged, Person.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          if (before != null) {
            persons.put(before.id(), before);
          }
          throw new IllegalArgumentException(
              "registry file " + file + ": person '" + id + "': " + reason(e), e);
        }
      }
      addPersons(out, file);
    }

    private void extendParties(List<ObjectNode> list, String file) {
      java.util.Set<String> inFile = new java.util.HashSet<>();
      List<Party> out = new ArrayList<>();
      for (ObjectNode node : list) {
        String id = idOf(node, "party", file, inFile);
        Party before = null;
        try {
          before = parties.remove(PartyId.of(id));
          ObjectNode merged = before == null ? node : merge(tree(before), node);
          out.add(READER.treeToValue(merged, Party.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
          if (before != null) {
            parties.put(before.id(), before);
          }
          throw new IllegalArgumentException(
              "registry file " + file + ": party '" + id + "': " + reason(e), e);
        }
      }
      addParties(out, file);
    }

    private static String idOf(ObjectNode node, String what, String file, java.util.Set<String> inFile) {
      JsonNode id = node.get("id");
      if (id == null || !id.isTextual()) {
        throw new IllegalArgumentException(
            "registry file " + file + ": a " + what + " without an \"id\"; give each " + what
                + " its id");
      }
      if (!inFile.add(id.asText())) {
        throw new IllegalArgumentException(
            "registry file " + file + ": duplicate " + what + " id '" + id.asText()
                + "' in this file; merge the two entries into one");
      }
      return id.asText();
    }

    private static String reason(Exception e) {
      if (e instanceof JsonProcessingException) {
        return VnruJson.describe("not a valid entry", (JsonProcessingException) e);
      }
      return e.getMessage();
    }

    /** The JSON object of a registry entry. */
    private static ObjectNode tree(Object entry) throws JsonProcessingException {
      return (ObjectNode) READER.readTree(VnruJson.write(entry));
    }

    /** {@code extra} over {@code base}: lists grow without repeats, objects merge, values replace. */
    private static ObjectNode merge(ObjectNode base, ObjectNode extra) {
      ObjectNode out = base.deepCopy();
      extra.fields().forEachRemaining(e -> {
        JsonNode old = out.get(e.getKey());
        JsonNode add = e.getValue();
        if (old instanceof ArrayNode && add instanceof ArrayNode) {
          ArrayNode list = (ArrayNode) old;
          for (JsonNode item : add) {
            boolean seen = false;
            for (JsonNode o : list) {
              seen |= o.equals(item);
            }
            if (!seen) {
              list.add(item);
            }
          }
        } else if (old instanceof ObjectNode && add instanceof ObjectNode) {
          ((ObjectNode) old).setAll((ObjectNode) add);
        } else {
          out.set(e.getKey(), add);
        }
      });
      return out;
    }

    private void addPersons(List<Person> list, String file) {
      for (Person p : list) {
        if (persons.putIfAbsent(p.id(), p) != null) {
          throw new IllegalArgumentException(
              "registry file " + file + ": duplicate person id '" + p.id() + "'");
        }
        for (String a : p.aliases()) {
          if (a.isBlank()) {
            throw new IllegalArgumentException(
                "registry file " + file + ": person " + p.id() + " has a blank alias");
          }
        }
      }
    }

    private void addParties(List<Party> list, String file) {
      for (Party p : list) {
        if (parties.putIfAbsent(p.id(), p) != null) {
          throw new IllegalArgumentException(
              "registry file " + file + ": duplicate party id '" + p.id() + "'");
        }
      }
    }

    /**
     * The registry.
     *
     * @throws IllegalArgumentException if a membership or position names an unknown party
     */
    public Registry build() {
      for (Person p : persons.values()) {
        p.memberships()
            .forEach(
                m -> {
                  if (!parties.containsKey(m.party())) {
                    throw new IllegalArgumentException(
                        "person " + p.id() + " is a member of unknown party " + m.party()
                            + "; add the party to a registry file, or use a known party id");
                  }
                });
      }
      return new Registry(
          new TreeMap<>(persons), new TreeMap<>(parties), List.copyOf(places), List.copyOf(titles));
    }

    static <T> T readResource(String name, TypeReference<T> type) {
      try (InputStream in = Registry.class.getResourceAsStream(BASE + name)) {
        if (in == null) {
          throw new IllegalStateException("missing registry resource " + BASE + name);
        }
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return READER.forType(type).readValue(json);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(
            "registry resource " + name + ": " + VnruJson.describe(Object.class, e), e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read registry resource " + name, e);
      }
    }
  }
}

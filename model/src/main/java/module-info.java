/**
 * The vnru domain model: immutable value types for articles, meetings, persons and parties
 * ({@code io.github.vnru.model}), and their JSON form ({@code io.github.vnru.model.json}).
 *
 * <p>Guava and Jackson are part of this API (the value types hold Guava collections, {@link
 * io.github.vnru.model.json.VnruJson#mapper()} is a Jackson {@code ObjectMapper}), so a module
 * that requires this one reads them too. Immutables is needed only to compile.
 */
module io.github.vnru.model {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // Compile time only: Immutables' annotations and those its generated code carries.
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler; // the generated code's @javax.annotation.processing.Generated

  exports io.github.vnru.model;
  exports io.github.vnru.model.json;

  // Immutables' JSON helpers (each ImmutableX.Json and its fromJson) are package-private, so
  // Jackson reaches them by reflection.
  opens io.github.vnru.model to com.fasterxml.jackson.databind;
}

/**
 * A fluent, typed, indexed query API over a corpus of parsed articles ({@code
 * io.github.vnru.query}); the indexes ({@code io.github.vnru.query.internal}) stay inside the
 * module. Requiring this module reads the whole vnru API: the parser, the registry and the model.
 */
module io.github.vnru.query {
  requires transitive io.github.vnru.parser;
  requires static com.google.errorprone.annotations;

  exports io.github.vnru.query;
}

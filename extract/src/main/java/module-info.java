/**
 * The registry of persons, parties and places, and the extraction of mentions and meetings from
 * segmented text ({@code io.github.vnru.extract}). Everything in {@code
 * io.github.vnru.extract.internal}, and the language packs and registry files the module reads
 * from its own resources, stay inside the module.
 */
module io.github.vnru.extract {
  requires transitive io.github.vnru.model;

  exports io.github.vnru.extract;
  // The parser's date finder reads the language packs' date words (DateWords); no one else may.
  exports io.github.vnru.extract.internal to io.github.vnru.parser;

  // Jackson reads the registry's files into records that are not API: Registry's private
  // RegistryFile, and the internal PlaceEntry and TitleEntry.
  opens io.github.vnru.extract to com.fasterxml.jackson.databind;
  opens io.github.vnru.extract.internal to com.fasterxml.jackson.databind;
}

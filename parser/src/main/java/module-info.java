/**
 * Raw article text (plain text or HTML pages) to vnru articles ({@code io.github.vnru.parser}),
 * with the embedded seed corpus. The parser's stages ({@code io.github.vnru.parser.internal}) and
 * its lexicons stay inside the module.
 */
module io.github.vnru.parser {
  requires transitive io.github.vnru.extract;
  requires org.jsoup;
  // Compile time only: Immutables for ParseProblem and ParseReport.
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler; // the generated code's @javax.annotation.processing.Generated

  exports io.github.vnru.parser;
}

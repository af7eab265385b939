/**
 * Raw article text to {@link io.github.vnru.model.Article}s. The entry point is {@link
 * io.github.vnru.parser.ArticleParser}; bad input is reported as an {@link
 * io.github.vnru.parser.ArticleParseException} carrying a {@link
 * io.github.vnru.parser.ParseProblem}, or, for a batch, in a {@link
 * io.github.vnru.parser.ParseReport}. {@link io.github.vnru.parser.Seeds} holds the embedded
 * seed corpus.
 */
package io.github.vnru.parser;

/**
 * Internal stages of the parser; not part of the public API and subject to change. Public
 * classes here are public only so the parser package and its tests can use them: {@link
 * io.github.vnru.parser.internal.TextNormalizer}, {@link
 * io.github.vnru.parser.internal.HeaderReader}, {@link io.github.vnru.parser.internal.Segmenter},
 * {@link io.github.vnru.parser.internal.SentenceSplitter}, {@link
 * io.github.vnru.parser.internal.DateFinder}, {@link
 * io.github.vnru.parser.internal.LanguageGuesser} and {@link
 * io.github.vnru.parser.internal.ArticleAssembler}.
 */
package io.github.vnru.parser.internal;

/**
 * Scoring parsed articles against hand-checked gold answers, field by field, exactly as the
 * reference scorer {@code score.py} does.
 *
 * <p>Entry points: {@link io.github.vnru.eval.GoldArticle#loadAll} reads a folder of gold files
 * ({@code <id>.json}, the format the README describes), and {@link io.github.vnru.eval.Scorer}
 * scores articles against them, giving a {@link io.github.vnru.eval.Score}: overall figures
 * ({@link io.github.vnru.eval.Counts}), one {@link io.github.vnru.eval.ArticleScore} with its
 * differences per gold article, and breakdowns by language and by raw format ({@link
 * io.github.vnru.eval.RawFormat}).
 *
 * <p>The scorer reads an article through its JSON form, as {@code vnru parse} writes it, so it
 * scores exactly what {@code score.py} would score from that output.
 */
package io.github.vnru.eval;
